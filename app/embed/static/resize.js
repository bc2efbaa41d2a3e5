(function () {
  var root = document.querySelector("[data-embed]");
  var slug = root ? root.getAttribute("data-embed") : "";
  var last = -1;
  function report(again) {
    var height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last && again !== true) return;
    last = height;
    window.parent.postMessage({type: "changdu-facts:resize", height: height, slug: slug}, "*");
  }
  window.addEventListener("load", function () { report(true); });
  if (window.ResizeObserver) new ResizeObserver(report).observe(document.body);
  report();
})();
