// Keeps a draft of the case report form on this device (localStorage) so that a dropped connection
// or a closed tab loses nothing. Progressive enhancement: the form works without it. The draft is
// removed once the report has arrived (the confirmation page carries data-draft-clear).
(function () {
  'use strict';
  function storage() {
    try { return window.localStorage; } catch (e) { return null; }
  }
  var store = storage();
  if (!store) { return; }

  var clear = document.querySelector('[data-draft-clear]');
  if (clear) {
    store.removeItem(clear.getAttribute('data-draft-clear'));
    return;
  }
  var form = document.querySelector('form[data-draft]');
  if (!form) { return; }
  var key = form.getAttribute('data-draft');

  function fields() {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && el.name !== '_csrf' && !el.hasAttribute('data-draft-skip') && el.type !== 'file'
        && el.type !== 'hidden' && el.type !== 'submit';
    });
  }

  function save() {
    var data = {};
    fields().forEach(function (el) {
      data[el.name] = el.type === 'checkbox' ? el.checked : el.value;
    });
    try {
      store.setItem(key, JSON.stringify(data));
      var saved = document.getElementById('draft-saved');
      if (saved) { saved.classList.remove('d-none'); }
    } catch (e) { /* storage full or refused: the form still works */ }
  }

  // the field still holds what the page came with: empty or the form's default choice
  function isUntouched(el) {
    if (el.tagName === 'SELECT') {
      var chosen = Array.prototype.filter.call(el.options, function (o) { return o.defaultSelected; });
      var initial = chosen.length ? chosen[0].value : (el.options.length ? el.options[0].value : '');
      return !el.value || el.value === initial;
    }
    return !el.value;
  }

  function restore() {
    var raw = store.getItem(key);
    if (!raw) { return; }
    var data;
    try { data = JSON.parse(raw); } catch (e) { store.removeItem(key); return; }
    var restored = false;
    fields().forEach(function (el) {
      if (!Object.prototype.hasOwnProperty.call(data, el.name)) { return; }
      if (el.type === 'checkbox') {
        if (el.checked !== data[el.name]) { el.checked = !!data[el.name]; restored = true; }
      } else if (data[el.name] && el.value !== data[el.name] && isUntouched(el)) {
        // what the server sent back (a form with an error, typed values) wins over the draft
        el.value = data[el.name];
        restored = true;
      }
    });
    var note = document.getElementById('draft-restored');
    if (restored && note) { note.classList.remove('d-none'); }
  }

  restore();
  form.addEventListener('input', save);
  form.addEventListener('change', save);
}());
