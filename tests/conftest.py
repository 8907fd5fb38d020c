import sys
from pathlib import Path

# tests/build.py holds the hand-built document helpers
sys.path.insert(0, str(Path(__file__).parent))
