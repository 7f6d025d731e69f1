// Live preview of a solidarity frame: draws the chosen photo under the frame's overlay on a canvas as the
// sliders move, or as the photo is dragged (mouse, pen or one finger) and zoomed (mouse wheel). The photo never
// leaves the device for the preview; the server still composes the downloaded PNG (and strips the metadata)
// from the same form, which works without this script. The drawing mirrors Frames.compose on the server.
(function () {
  'use strict';
  var form = document.querySelector('form[data-frame-preview]');
  var canvas = document.querySelector('canvas.frame-canvas');
  if (!form || !canvas || !canvas.getContext) { return; }
  var ctx = canvas.getContext('2d');
  var size = canvas.width;
  var photoInput = form.querySelector('input[type=file][name=photo]');
  var x = form.querySelector('input[name=offsetX]');
  var y = form.querySelector('input[name=offsetY]');
  var zoom = form.querySelector('input[name=zoom]');
  var fallback = document.querySelector('img.frame-preview');
  var overlay = new Image();
  var photo = null;
  var draws = 0;
  overlay.src = form.getAttribute('data-frame-preview');
  overlay.onload = draw;

  function clamp(v, min, max) { return Math.max(min, Math.min(max, v)); }

  function geometry() {
    var cover = Math.max(size / photo.width, size / photo.height) * Number(zoom.value) / 100;
    var w = Math.ceil(photo.width * cover);
    var h = Math.ceil(photo.height * cover);
    var roomX = w - size;
    var roomY = h - size;
    return {
      w: w, h: h, roomX: roomX, roomY: roomY,
      x: Math.trunc(-roomX / 2) - Math.trunc(roomX * Number(x.value) / 200),
      y: Math.trunc(-roomY / 2) - Math.trunc(roomY * Number(y.value) / 200)
    };
  }

  function draw() {
    ctx.clearRect(0, 0, size, size);
    if (photo) {
      var g = geometry();
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(photo, g.x, g.y, g.w, g.h);
    }
    if (overlay.complete && overlay.naturalWidth) {
      ctx.drawImage(overlay, 0, 0, size, size);
    }
    draws++;
    canvas.setAttribute('data-draws', String(draws));
    canvas.setAttribute('data-placement', x.value + ',' + y.value + ',' + zoom.value);
  }

  function show(bitmap) {
    photo = bitmap;
    canvas.classList.remove('d-none');
    if (fallback) { fallback.classList.add('d-none'); }
    draw();
  }

  photoInput.addEventListener('change', function () {
    var file = photoInput.files && photoInput.files[0];
    if (!file) { return; }
    if (window.createImageBitmap) {
      createImageBitmap(file).then(show, function () { photo = null; draw(); });
    } else {
      var url = URL.createObjectURL(file);
      var img = new Image();
      img.onload = function () { show(img); };
      img.src = url;
    }
  });
  [x, y, zoom].forEach(function (input) { input.addEventListener('input', draw); });

  // dragging moves the photo: the sliders follow, so the server gets the same placement
  var drag = null;
  canvas.addEventListener('pointerdown', function (e) {
    if (!photo) { return; }
    drag = { id: e.pointerId, px: e.clientX, py: e.clientY, x: Number(x.value), y: Number(y.value) };
    canvas.setPointerCapture(e.pointerId);
  });
  canvas.addEventListener('pointermove', function (e) {
    if (!drag || drag.id !== e.pointerId) { return; }
    var g = geometry();
    var scale = size / canvas.getBoundingClientRect().width;
    if (g.roomX > 0) { x.value = String(Math.round(clamp(drag.x - (e.clientX - drag.px) * scale * 200 / g.roomX, -100, 100))); }
    if (g.roomY > 0) { y.value = String(Math.round(clamp(drag.y - (e.clientY - drag.py) * scale * 200 / g.roomY, -100, 100))); }
    draw();
  });
  ['pointerup', 'pointercancel'].forEach(function (type) {
    canvas.addEventListener(type, function () { drag = null; });
  });
  canvas.addEventListener('wheel', function (e) {
    if (!photo) { return; }
    e.preventDefault();
    zoom.value = String(clamp(Number(zoom.value) - Math.sign(e.deltaY) * 10, 100, 300));
    draw();
  }, { passive: false });
})();
