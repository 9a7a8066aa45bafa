/* Putuo police embeds: sizes each <iframe data-putuo-embed> to its content. Plain JS, no dependencies. */
/* global window, document, URL */
(function () {
  'use strict';
  if (window.putuoEmbed) return;
  window.putuoEmbed = 1;

  function frames() {
    return document.querySelectorAll('iframe[data-putuo-embed]');
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch {
      return '';
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'putuo-embed:height') return;
    var height = Number(data.height);
    if (!(height > 0 && height < 20000)) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      // Only the frame's own page may size it: same window, same origin as its src.
      if (frame.contentWindow === event.source && originOf(frame) === event.origin) {
        frame.style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });

  // A frame that reported before this script ran reports again when asked. The request
  // carries nothing, so it may go to '*' even while the frame is still about:blank.
  function hello(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'putuo-embed:hello' }, '*');
  }

  var list = frames();
  for (var i = 0; i < list.length; i++) {
    hello(list[i]);
    list[i].addEventListener('load', hello.bind(null, list[i]));
  }
})();
