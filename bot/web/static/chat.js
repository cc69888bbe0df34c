// The web chat without page reloads. Everything works without this file (plain forms and a
// redirect); with it, a post is sent in the background, the new messages appear in place
// and are read out through the live region, and the focus goes back to the message box.
(function () {
  "use strict";

  var busy = false;

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
    if (!fresh || !current) { window.location.assign("/#latest"); return; }
    var known = {};
    document.querySelectorAll("#transcript > li").forEach(function (li) { known[li.id] = true; });
    current.replaceWith(fresh);
    var menu = doc.querySelector("section.menu");
    var oldMenu = document.querySelector("section.menu");
    if (menu && oldMenu) { oldMenu.replaceWith(menu); }
    else if (menu && !oldMenu) { fresh.after(menu); }
    // The page's language follows the conversation's (a language change re-renders it all).
    if (doc.documentElement.lang !== document.documentElement.lang) {
      window.location.assign("/#latest");
      return;
    }
    var added = Array.prototype.filter.call(
      document.querySelectorAll("#transcript > li"), function (li) { return !known[li.id]; });
    announce(added);
    bind();
    var box = document.getElementById("message");
    var last = added.length ? added[added.length - 1] : null;
    if (last) { last.scrollIntoView({ block: "end" }); }
    var firstChoice = last ? last.querySelector(".choice") : null;
    if (firstChoice) { firstChoice.focus({ preventScroll: true }); }
    else if (box) { box.focus({ preventScroll: true }); }
  }

  function submit(event) {
    var form = event.target;
    event.preventDefault();
    if (busy) { return; }
    busy = true;
    document.body.classList.add("busy");
    var data = new FormData(form);
    if (event.submitter && event.submitter.name) {
      data.append(event.submitter.name, event.submitter.value);
    }
    fetch(form.action, {
      method: "POST",
      body: new URLSearchParams(data),
      credentials: "same-origin",
      redirect: "follow"
    }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.text();
    }).then(swap).catch(function () {
      // Let the browser do it the plain way: the server shows what went wrong.
      form.removeEventListener("submit", submit);
      form.submit();
    }).finally(function () {
      busy = false;
      document.body.classList.remove("busy");
    });
  }

  function bind() {
    document.querySelectorAll("form.js-chat").forEach(function (form) {
      if (form.dataset.bound) { return; }
      form.dataset.bound = "1";
      form.addEventListener("submit", submit);
    });
    var box = document.getElementById("message");
    if (box && !box.dataset.bound) {
      box.dataset.bound = "1";
      // Enter sends, Shift+Enter makes a new line (as in other chats).
      box.addEventListener("keydown", function (event) {
        if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
          event.preventDefault();
          if (box.value.trim()) { box.form.requestSubmit(); }
        }
      });
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    bind();
    var latest = document.querySelector("#transcript > li:last-child");
    if (latest && window.location.hash === "#latest") { latest.scrollIntoView({ block: "end" }); }
  });
})();
