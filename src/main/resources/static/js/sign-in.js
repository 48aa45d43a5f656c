// The portal's sign-in link carries its one-time token after '#': browsers never send that part to any
// server (no access log, no proxy, no Referer holds it). This takes it out of the address bar and the
// history, then exchanges it for a session with a POST; the answer redirects to the order's page.
(function () {
    var form = document.getElementById('sign-in');
    if (!form) {
        return;
    }
    var match = /(?:^#|&)token=([A-Za-z0-9_-]{20,100})(?:&|$)/.exec(window.location.hash);
    if (window.location.hash) {
        history.replaceState(null, '', window.location.pathname);
    }
    if (!match) {
        document.getElementById('no-token').hidden = false;
        return;
    }
    form.querySelector('input[name=token]').value = match[1];
    form.hidden = false;
    form.submit();
})();
