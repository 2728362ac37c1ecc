/* Nafitha video meetings: the waiting room's device check and the call, over Janus' VideoRoom, with
   the signalling relayed by Nafitha (/meetings/{id}/...). Plain browser JavaScript, no library. */
(function () {
  "use strict";
  var root = document.getElementById("meeting");
  if (!root) return;
  var base = "/meetings/" + root.dataset.meeting;
  var host = root.dataset.side === "HOST";
  // Security watching a video visit: no camera, never a publisher; it lists the room's feeds and subscribes to each.
  var viewer = root.dataset.side === "VIEWER";
  // Up to three publish in a room (the person, the host and a sign-language interpreter): each side subscribes
  // to every other publisher on a handle of its own, and shows it in the video of that side (data-feed).
  var text = document.getElementById("messages").dataset;
  var status = document.getElementById("call-status");
  var buttons = {};
  ["join", "admit", "mute", "camera", "leave", "end"].forEach(function (id) { buttons[id] = document.getElementById(id); });
  // subscriber: the first feed's peer connection; feeds: every subscribed feed by its Janus id; byHandle: handle -> feed id
  var call = window.nafithaCall = { publisher: null, subscriber: null, connection: null, stream: null, left: false,
    feeds: {}, byHandle: {} };
  // A video visit's family member joins only having accepted its recording (the server checks it too).
  var accept = document.getElementById("accept-recording");
  function mayJoin() { return !accept || accept.checked; }

  function say(message) { status.textContent = message; }

  function api(method, path, body) {
    var headers = { "Accept": "application/json" };
    headers[root.dataset.csrfHeader] = root.dataset.csrf;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    return fetch(base + path, { method: method, headers: headers, credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body) }).then(function (r) {
      return r.text().then(function (t) { return { status: r.status, body: t ? JSON.parse(t) : {} }; });
    });
  }

  // The waiting room: the camera and microphone are checked first; without a camera (or permission
  // for it) the call goes on with sound alone.
  function checkDevices() {
    say(text.checking);
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) return Promise.resolve(noDevice());
    return navigator.mediaDevices.getUserMedia({ audio: true, video: true }).then(ready, function (e) {
      var denied = e && (e.name === "NotAllowedError" || e.name === "SecurityError");
      return navigator.mediaDevices.getUserMedia({ audio: true, video: false }).then(function (stream) {
        ready(stream);
        say((denied ? text.denied : text.noDevice) + " " + text.audioOnly);
      }, function () { return denied ? (say(text.denied), null) : noDevice(); });
    });
  }
  function noDevice() { say(text.noDevice); return null; }
  function ready(stream) {
    call.stream = stream;
    document.getElementById("local-video").srcObject = stream;
    say(text.ready);
    call.ready = true;
    buttons.join.disabled = !mayJoin();
    if (buttons.admit) buttons.admit.disabled = false;
    return stream;
  }

  function join() {
    buttons.join.disabled = true;
    say(text.connecting);
    api("POST", viewer ? "/watch" : "/join", viewer ? undefined : { recordingAccepted: mayJoin() }).then(function (r) {
      if (r.status !== 200) return failed(r);
      return api("POST", "/connections", { token: r.body.token }).then(function (c) {
        if (c.status === 409 && c.body.code === "meetings.WAITING_TO_BE_ADMITTED") {
          say(text.waiting);
          setTimeout(join, 3000);
          return;
        }
        if (c.status !== 201) return failed(c);
        start(c.body, r.body.iceServers);
      });
    });
  }

  function failed(r) {
    say((r.body && r.body.detail) || text.failed);
    buttons.join.disabled = false;
  }

  function start(connection, iceServers) {
    call.connection = connection.connection;
    call.ice = { iceServers: iceServers, iceTransportPolicy: root.dataset.relay === "only" ? "relay" : "all" };
    call.publisherHandle = connection.handle;
    ["mute", "camera", "leave", "end"].forEach(function (b) { if (buttons[b]) buttons[b].disabled = false; });
    poll();
    if (viewer) return watchFeeds();
    message(connection.handle, { request: "join", ptype: "publisher" });
  }

  // The viewer's side: every few seconds the room's publishers, each new one watched on its own handle.
  function watchFeeds() {
    if (call.left) return;
    message(call.publisherHandle, { request: "listparticipants" }).then(function (r) {
      var data = r.body.plugindata && r.body.plugindata.data || {};
      (data.participants || []).forEach(function (p) { if (p.publisher) subscribe(p); });
      setTimeout(watchFeeds, 5000);
    });
  }

  function path(handle, what) { return "/connections/" + call.connection + "/handles/" + handle + "/" + what; }
  function message(handle, body, jsep) { return api("POST", path(handle, "message"), { body: body, jsep: jsep }); }

  function peer(handle) {
    var pc = new RTCPeerConnection(call.ice);
    pc.onicecandidate = function (e) {
      api("POST", path(handle, "trickle"), { candidate: e.candidate ? e.candidate.toJSON() : { completed: true } });
    };
    return pc;
  }

  function publish() {
    var pc = call.publisher = peer(call.publisherHandle);
    pc.onconnectionstatechange = function () {
      if (pc.connectionState === "connected" && !call.connectedAt) call.connectedAt = Date.now();
    };
    if (call.stream) call.stream.getTracks().forEach(function (t) { pc.addTrack(t, call.stream); });
    var video = call.stream && call.stream.getVideoTracks().length > 0;
    pc.createOffer().then(function (offer) {
      return pc.setLocalDescription(offer).then(function () {
        return message(call.publisherHandle, { request: "configure", audio: true, video: video }, offer);
      });
    });
  }

  // A publisher of the room (Janus' id and display, the side the server named it), once each.
  function subscribe(publisher) {
    if (call.feeds[publisher.id]) return;
    var feed = call.feeds[publisher.id] = { display: publisher.display, handle: null, pc: null };
    api("POST", "/connections/" + call.connection + "/handles").then(function (r) {
      feed.handle = r.body.handle;
      call.byHandle[r.body.handle] = publisher.id;
      message(r.body.handle, { request: "join", ptype: "subscriber", streams: [{ feed: publisher.id }] });
    });
  }

  // The video showing a side: its own (data-feed), else one not showing anyone yet.
  function videoOf(display) {
    var own = root.querySelector('video[data-feed="' + display + '"]');
    if (own) return own;
    var free = Array.prototype.filter.call(root.querySelectorAll("video[data-feed]"), function (v) { return !v.srcObject; });
    return free[0] || null;
  }

  function answer(id, jsep) {
    var feed = call.feeds[id];
    var pc = feed.pc = peer(feed.handle);
    if (!call.subscriber) call.subscriber = pc;
    (call.viewers = call.viewers || []).push(pc);
    pc.ontrack = function (e) {
      var video = videoOf(feed.display);
      if (video) video.srcObject = e.streams[0];
    };
    pc.setRemoteDescription(jsep).then(function () { return pc.createAnswer(); }).then(function (a) {
      return pc.setLocalDescription(a).then(function () { return message(feed.handle, { request: "start" }, a); });
    });
    if (viewer) say(text.inCall);
  }

  function onEvent(e) {
    var data = e.plugindata && e.plugindata.data || {};
    var subscribed = call.byHandle[e.sender];
    if (subscribed !== undefined) {
      if (e.jsep && e.jsep.type === "offer") answer(subscribed, e.jsep);
    } else if (viewer) {
      return;
    } else if (e.sender === call.publisherHandle) {
      if (data.videoroom === "joined") publish();
      if (e.jsep && e.jsep.type === "answer") call.publisher.setRemoteDescription(e.jsep);
      (data.publishers || []).forEach(subscribe);
      // another publisher stopped ("ok" is this side's own unpublishing)
      [data.unpublished, data.leaving].forEach(function (id) { if (id !== undefined && id !== "ok") drop(id); });
    }
    if (e.janus === "webrtcup" || (data.videoroom === "event" && data.started === "ok")) say(text.inCall);
  }

  function drop(id) {
    var feed = call.feeds[id];
    if (!feed) return;
    delete call.feeds[id];
    if (feed.handle !== null) delete call.byHandle[feed.handle];
    if (feed.pc) {
      feed.pc.close();
      if (call.subscriber === feed.pc) call.subscriber = null;
    }
    var video = root.querySelector('video[data-feed="' + feed.display + '"]');
    if (video) video.srcObject = null;
    say(text.otherLeft);
  }

  function poll() {
    if (call.left) return;
    api("GET", "/connections/" + call.connection + "/events").then(function (r) {
      if (r.status !== 200) { if (!call.left) say((r.body && r.body.detail) || text.failed); return; }
      r.body.forEach(onEvent);
      poll();
    }, function () { setTimeout(poll, 2000); });
  }

  function toggle(kind, button, offText, onText) {
    if (!call.stream) return;
    var tracks = kind === "audio" ? call.stream.getAudioTracks() : call.stream.getVideoTracks();
    var off = button.getAttribute("aria-pressed") !== "true";
    tracks.forEach(function (t) { t.enabled = !off; });
    button.setAttribute("aria-pressed", String(off));
    button.textContent = off ? onText : offText;
  }

  function leave() {
    call.left = true;
    if (call.connection) api("DELETE", "/connections/" + call.connection);
    [call.publisher].concat(call.viewers || []).forEach(function (pc) { if (pc) pc.close(); });
    if (call.stream) call.stream.getTracks().forEach(function (t) { t.stop(); });
    ["mute", "camera", "leave", "end"].forEach(function (b) { if (buttons[b]) buttons[b].disabled = true; });
    say(text.left);
  }

  function countdown() {
    var left = Math.max(0, Math.floor((new Date(root.dataset.endsAt) - Date.now()) / 1000));
    document.getElementById("countdown").textContent =
      String(Math.floor(left / 60)).padStart(2, "0") + ":" + String(left % 60).padStart(2, "0");
    if (left === 0 && call.connection && !call.left) { leave(); say(text.ended); }
  }

  buttons.join.addEventListener("click", join);
  if (accept) accept.addEventListener("change", function () {
    if (call.ready && !call.connection) buttons.join.disabled = !mayJoin();
  });
  if (buttons.mute) buttons.mute.addEventListener("click", function () { toggle("audio", buttons.mute, text.mute, text.unmute); });
  if (buttons.camera) buttons.camera.addEventListener("click", function () { toggle("video", buttons.camera, text.cameraOff, text.cameraOn); });
  buttons.leave.addEventListener("click", leave);
  if (buttons.admit) buttons.admit.addEventListener("click", function () {
    api("POST", "/admit").then(function (r) { if (r.status !== 200) failed(r); });
  });
  if (buttons.end) buttons.end.addEventListener("click", function () {
    api("POST", "/end").then(function () { leave(); say(text.ended); });
  });
  setInterval(countdown, 1000);
  countdown();
  if (viewer) buttons.join.disabled = false;
  else checkDevices();
})();
