import html, subprocess, os


def esc(s):
    return html.escape(s, quote=False)


def item_html(it):
    if isinstance(it, dict):
        s = esc(it["text"])
        if it["subs"]:
            s += "<ul class='sub'>" + "".join("<li>%s</li>" % esc(x) for x in it["subs"]) + "</ul>"
        return s
    return esc(it)


def blocks_html(blocks):
    out = []
    for b in blocks:
        t = b[0]
        if t in ("h1", "h2", "h3", "h4"):
            cls = (" class='%s'" % b[2]) if len(b) > 2 else ""
            out.append("<%s%s>%s</%s>" % (t, cls, esc(b[1]), t))
        elif t == "p":
            segs = [s["text"] if isinstance(s, dict) else s for s in b[1]]
            cls = (" class='%s'" % b[2]) if len(b) > 2 else ""
            out.append("<p%s>%s</p>" % (cls, esc(" ".join(segs))))
        elif t in ("ul", "ol"):
            out.append("<%s>%s</%s>" % (t, "".join("<li>%s</li>" % item_html(i) for i in b[1]), t))
        elif t == "break":
            out.append("<div class='pb'></div>")
        elif t == "raw":
            out.append(b[1])
        elif t == "table":
            rows = b[1]
            h = "<table class='grid'>"
            for ri, r in enumerate(rows):
                tag = "th" if ri == 0 else "td"
                h += "<tr>" + "".join("<%s>%s</%s>" % (tag, c if c.startswith("<") else esc(c), tag) for c in r) + "</tr>"
            out.append(h + "</table>")
        else:
            raise ValueError(t)
    return "\n".join(out)


def chromium_pdf(html_text, out_pdf, workdir):
    src = os.path.join(workdir, "src.html")
    with open(src, "w") as fh:
        fh.write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", "--print-to-pdf=" + out_pdf, "file://" + src],
                   check=True, capture_output=True)
