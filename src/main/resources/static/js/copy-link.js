// Copy buttons: <button data-copy="#input-id" data-copied="text shown after copying">
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy]');
  if (!button) return;
  var input = document.querySelector(button.getAttribute('data-copy'));
  if (!input) return;
  var done = function () {
    if (button.dataset.copied) {
      button.textContent = button.dataset.copied;
    }
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(input.value).then(done, function () { input.select(); });
  } else {
    input.select();
    try { document.execCommand('copy'); done(); } catch (e) { /* the text stays selected */ }
  }
});
