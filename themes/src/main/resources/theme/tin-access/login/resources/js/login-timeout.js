// Warns before the login timeout ends a request step (WCAG 2.2.1), then says when it has: the page
// carries its timeout (timeout.ftl). The alert region is in the page from the start, so filling it
// is announced; focus goes to "Keep going", whose post keeps everything typed.
(function () {
  function start() {
    var box = document.getElementById("ta-timeout");
    if (!box) {
      return;
    }
    var seconds = Number(box.dataset.seconds);
    var warning = Number(box.dataset.warningSeconds);
    var alert = document.getElementById("ta-timeout-alert");
    var keepGoing = document.getElementById("ta-keep-going");
    keepGoing.addEventListener("click", function () {
      // Posts the step as typed, unchecked: the server shows the same step again with a new timeout.
      var form = document.getElementById(keepGoing.dataset.form);
      var action = document.createElement("input");
      action.type = "hidden";
      action.name = "action";
      action.value = keepGoing.dataset.action;
      form.appendChild(action);
      form.submit();
    });
    window.setTimeout(function () {
      box.classList.add("ta-timeout-shown");
      alert.textContent = box.dataset.warning;
      keepGoing.hidden = false;
      keepGoing.focus();
    }, (seconds - warning) * 1000);
    window.setTimeout(function () {
      alert.textContent = box.dataset.expired;
      keepGoing.hidden = true;
    }, seconds * 1000);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
