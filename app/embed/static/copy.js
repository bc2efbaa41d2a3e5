(function () {
  // The gallery's copy buttons: hidden until this script runs, so a reader without scripts sees
  // no dead button (the snippets stay selectable). Clipboard API where the page is a secure
  // context, else a selection and execCommand("copy").
  function copied(button) {
    var label = button.textContent;
    button.textContent = button.getAttribute("data-done");
    setTimeout(function () { button.textContent = label; }, 1500);
  }
  function fallback(button, code) {
    var range = document.createRange();
    range.selectNodeContents(code);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    if (document.execCommand("copy")) copied(button);
  }
  var buttons = document.querySelectorAll("button[data-copy]");
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].hidden = false;
    buttons[i].addEventListener("click", function (event) {
      var button = event.currentTarget;
      var code = button.closest(".snippet").querySelector("code");
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(code.textContent).then(
          function () { copied(button); },
          function () { fallback(button, code); }
        );
      } else {
        fallback(button, code);
      }
    });
  }
})();
