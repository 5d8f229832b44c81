package org.rookery.adapters.http.websocket;

import org.rookery.adapters.http.auth.BearerAuthentication;
import org.rookery.adapters.http.auth.RateLimits;
import org.rookery.adapters.http.json.Json;
import org.rookery.adapters.http.observability.AbuseLog;
import org.rookery.adapters.http.observability.HttpMetrics;
import org.rookery.adapters.http.usecase.LiveGameApi;

/** What every game WebSocket connection shares. Immutable (its parts are thread-safe). */
record SocketParts(LiveGameApi games, Json json, BearerAuthentication auth, RateLimits limits, HttpMetrics metrics,
        SocketSettings settings, SocketKeepAlive keepAlive, EventFrames eventFrames, AbuseLog abuse) {}
