window.addEventListener("message", function (event) {
  var data = event.data;
  if (event.origin !== {{ origin }} || !data || data.type !== "changdu-facts:resize") return;
  var frames = document.getElementsByTagName("iframe");
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow === event.source) frames[i].style.height = data.height + "px";
  }
});
