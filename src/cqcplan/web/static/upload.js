// Progress while reports are read: the upload form's button is disabled and a status line
// (announced by screen readers) says what is happening. The page works without this file.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("form[data-busy]").forEach(function (form) {
    form.addEventListener("submit", function () {
      var status = document.getElementById(form.dataset.busy);
      if (status) { status.hidden = false; }
      form.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
    });
  });
});
