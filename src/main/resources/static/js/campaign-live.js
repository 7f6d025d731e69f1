// Live progress of a campaign page: the server sends the figures already written in the page's language.
(function () {
  var box = document.getElementById('progress');
  if (!box || !window.EventSource || !box.dataset.live) {
    return;
  }
  var source = new EventSource(box.dataset.live);
  source.addEventListener('progress', function (e) {
    var d = JSON.parse(e.data);
    var set = function (id, text) {
      var el = document.getElementById(id);
      if (el && text) { el.textContent = text; }
    };
    set('pledged', d.pledged);
    set('raised', d.raised);
    set('donors', d.donors);
    var bar = document.getElementById('bar');
    if (bar) { bar.value = d.percent; }
  });
})();
