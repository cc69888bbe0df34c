// The web chat without page reloads. Everything works without this file (plain forms and a
// redirect); with it, a post is sent in the background, the new messages appear in place
// and are read out through the live region, and the focus goes to the new buttons or the
// message box. Posts go one after another, in the order they were made. At a tip's place step
// it shows "Share my location", which asks the browser for its position (Geolocation API).
(function () {
  "use strict";

  var queue = Promise.resolve();
  // Each post gets its own one-time token, so the server runs it once even if it arrives twice;
  // a message sent again after a failed post keeps the failed post's token (it may have arrived).
  var retry = { text: null, nonce: null };

  function freshNonce() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  function announce(messages) {
    var region = document.getElementById("announcer");
    if (!region) { return; }
    region.textContent = "";
    messages.forEach(function (li) {
      if (li.classList.contains("message-resident")) { return; }
      var bubble = li.querySelector(".bubble");
      if (!bubble) { return; }
      var p = document.createElement("p");
      p.textContent = bubble.textContent;
      region.appendChild(p);
    });
  }

  function swap(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var fresh = doc.getElementById("chat");
    var current = document.getElementById("chat");
    // A language change re-renders every text on the page: load it whole.
    if (!fresh || !current || doc.documentElement.lang !== document.documentElement.lang) {
      window.location.assign("/#latest");
      return;
    }
    var known = {};
    document.querySelectorAll("#transcript > li").forEach(function (li) { known[li.id] = true; });
    var oldBox = document.getElementById("message");
    var typed = oldBox ? oldBox.value : "";   // written while the post was on its way
    current.replaceWith(fresh);
    var menu = doc.querySelector("section.menu");
    var oldMenu = document.querySelector("section.menu");
    if (menu && oldMenu) { oldMenu.replaceWith(menu); }
    else if (menu) { fresh.after(menu); }
    var box = document.getElementById("message");
    if (box && typed) { box.value = typed; }
    var added = Array.prototype.filter.call(
      document.querySelectorAll("#transcript > li"), function (li) { return !known[li.id]; });
    announce(added);
    bind();
    var last = added.length ? added[added.length - 1] : null;
    if (last) { last.scrollIntoView({ block: "end" }); }
    var firstChoice = last ? last.querySelector(".choice") : null;
    if (firstChoice && !typed) { firstChoice.focus({ preventScroll: true }); }
    else if (box) { box.focus({ preventScroll: true }); }
  }

  function failed(text, nonce) {
    if (text) { retry = { text: text, nonce: nonce }; }
    var region = document.getElementById("announcer");
    var box = document.getElementById("message");
    if (box && text && !box.value) { box.value = text; }
    if (region) { region.textContent = region.dataset.error || ""; }
    var notice = document.getElementById("send-error");
    if (notice) { notice.hidden = false; }
  }

  function post(form, body, text) {
    var nonce = body.get("nonce");
    return fetch(form.action, { method: "POST", body: body, credentials: "same-origin", redirect: "follow" })
      .then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.text();
      })
      .then(swap)
      .catch(function () { failed(text, nonce); });
  }

  function withNonce(data, text) {
    var again = text && text === retry.text;
    data.set("nonce", again ? retry.nonce : freshNonce());
    if (again) { retry = { text: null, nonce: null }; }
    return data;
  }

  function submit(event) {
    event.preventDefault();
    var form = event.target;
    var data = new FormData(form);
    if (event.submitter && event.submitter.name) {
      data.append(event.submitter.name, event.submitter.value);
    }
    var text = "";
    var box = form.querySelector("textarea");
    if (box) {
      text = box.value;
      if (!text.trim()) { return; }
      box.value = "";   // sent; what is typed from now on is the next message
    }
    var photo = form.querySelector("input[type=file]");
    if (photo && photo.files.length && photo.files[0].size > Number(photo.dataset.maxBytes || 0)) {
      // Said before the upload; the server checks again.
      photo.setCustomValidity(photo.dataset.tooLarge || "");
      photo.reportValidity();
      return;
    }
    var notice = document.getElementById("send-error");
    if (notice) { notice.hidden = true; }
    withNonce(data, text);
    // A file goes as multipart form data, everything else as a plain form.
    var body = photo ? data : new URLSearchParams(data);
    queue = queue.then(function () { return post(form, body, text); });
  }

  function shareLocation(event) {
    event.preventDefault();
    var form = event.target;
    var error = document.getElementById("location-error");
    if (error) { error.hidden = true; }
    navigator.geolocation.getCurrentPosition(function (position) {
      form.elements.latitude.value = String(position.coords.latitude);
      form.elements.longitude.value = String(position.coords.longitude);
      var body = new URLSearchParams(withNonce(new FormData(form), ""));
      queue = queue.then(function () { return post(form, body, ""); });
    }, function () {
      if (error) { error.hidden = false; }
      var box = document.getElementById("message");
      if (box) { box.focus(); }
    }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
  }

  function bind() {
    document.querySelectorAll("form.js-chat").forEach(function (form) {
      if (form.dataset.bound) { return; }
      form.dataset.bound = "1";
      form.addEventListener("submit", submit);
    });
    var located = document.getElementById("location-form");
    if (located && !located.dataset.bound && navigator.geolocation) {
      located.dataset.bound = "1";
      located.hidden = false;
      located.addEventListener("submit", shareLocation);
    }
    var photo = document.getElementById("photo");
    if (photo && !photo.dataset.bound) {
      photo.dataset.bound = "1";
      photo.addEventListener("change", function () { photo.setCustomValidity(""); });
    }
    var box = document.getElementById("message");
    if (box && !box.dataset.bound) {
      box.dataset.bound = "1";
      // Enter sends, Shift+Enter makes a new line (as in other chats).
      box.addEventListener("keydown", function (event) {
        if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
          event.preventDefault();
          box.form.requestSubmit();
        }
      });
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    bind();
    // A chat opens at its newest message (the focus stays where it is, at the top).
    var latest = document.querySelector("#transcript > li:last-child");
    if (latest) { latest.scrollIntoView({ block: "end" }); }
  });
})();
