// The run page while its run is queued or running: asks the server where the run is once a
// second, shows the step it is at, and reloads the page once it is over (files or reason).
(function () {
  var box = document.getElementById('progress');
  if (!box) {
    return;
  }
  var url = box.getAttribute('data-url');
  var status = document.getElementById('status');
  var bar = document.getElementById('progress-bar');
  var count = document.getElementById('progress-count');
  var text = document.getElementById('progress-text');
  var started = document.getElementById('started-at');

  function show(p) {
    status.textContent = p.label;
    if (started && p.startedAt) {
      started.textContent = p.startedAt;
    }
    bar.value = p.percent;
    count.textContent = p.total > 0 ? p.done + ' / ' + p.total + ' 步（' + p.percent + '%）' : '';
    if (p.text) {
      text.textContent = p.text;
    } else if (p.status === 'QUEUED') {
      text.textContent = '排队等候：同一时间只运行一个报表';
    }
  }

  function poll() {
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) {
        // Signed out meanwhile: the page itself goes to the sign-in form.
        if (r.redirected || !r.ok) {
          location.reload();
          return null;
        }
        return r.json();
      })
      .then(function (p) {
        if (p === null) {
          return;
        }
        if (p.finished) {
          location.reload();
          return;
        }
        show(p);
        setTimeout(poll, 1000);
      })
      .catch(function () {
        setTimeout(poll, 3000);
      });
  }

  setTimeout(poll, 1000);
})();
