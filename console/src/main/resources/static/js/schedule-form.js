// The schedule form lists the options of every report that has some; only the chosen report's
// are shown (and sent: the server also reads only the chosen report's).
(function () {
  var report = document.getElementById('report');
  if (!report) {
    return;
  }
  function show() {
    document.querySelectorAll('fieldset.report-options').forEach(function (f) {
      var mine = f.getAttribute('data-report') === report.value;
      f.hidden = !mine;
      f.querySelectorAll('select').forEach(function (s) { s.disabled = !mine; });
    });
  }
  report.addEventListener('change', show);
  show();
})();
