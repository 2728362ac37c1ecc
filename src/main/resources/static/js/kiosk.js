// The kiosk's countdown: shows the seconds left before the screen signs the person out, starts
// again at every touch (telling the server, which keeps the real clock), and when it reaches zero
// presses the sign-out button. Without this script the server still signs out after the timeout.
(function () {
  var idle = document.querySelector('[data-kiosk-seconds]');
  var printButton = document.querySelector('[data-kiosk-print]');
  if (printButton) {
    printButton.hidden = false;
    printButton.addEventListener('click', function () { window.print(); });
  }
  if (!idle) return;
  var total = parseInt(idle.getAttribute('data-kiosk-seconds'), 10);
  var shown = idle.querySelector('[data-kiosk-countdown]');
  var form = idle.querySelector('[data-kiosk-signout]');
  var digits = new Intl.NumberFormat(document.documentElement.lang === 'ar' ? 'ar-SA' : 'en');
  var deadline = Date.now() + total * 1000;
  var lastPing = Date.now();
  function show() {
    var left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
    shown.textContent = digits.format(left);
    if (left === 0) { clearInterval(timer); form.submit(); }
  }
  function touched() {
    deadline = Date.now() + total * 1000;
    if (Date.now() - lastPing > Math.min(5000, total * 300)) {
      lastPing = Date.now();
      fetch(form.action.replace(/signout$/, 'still-here'), {credentials: 'same-origin'})
        .then(function (r) { if (r.redirected) window.location.href = r.url; });
    }
    show();
  }
  ['pointerdown', 'keydown', 'input'].forEach(function (e) { document.addEventListener(e, touched, true); });
  var timer = setInterval(show, 250);
  show();
})();
