#!/usr/bin/env python3
"""Writes the Grafana dashboards of docs/ops/grafana (one per service) from the panel lists below.

Run after editing: python3 docs/ops/grafana/generate.py. The JSON files are what operators import
and what OpsMetricsTest checks (every metric a panel queries is exported by a running platform).
"""
import json
import os

DS = {"type": "prometheus", "uid": "${datasource}"}
I = 'instance=~"$instance"'


def panel(title, exprs, unit="short", kind="timeseries", description="", thresholds=None):
    targets = [{"refId": chr(ord("A") + i), "expr": e, "legendFormat": legend, "datasource": DS}
               for i, (e, legend) in enumerate(exprs)]
    p = {"type": kind, "title": title, "description": description, "datasource": DS, "targets": targets,
         "fieldConfig": {"defaults": {"unit": unit}, "overrides": []}, "options": {}}
    if thresholds is not None:
        p["fieldConfig"]["defaults"]["thresholds"] = {"mode": "absolute", "steps": [
            {"color": "green", "value": None}, {"color": "red", "value": thresholds}]}
        if kind == "timeseries":
            p["fieldConfig"]["defaults"]["custom"] = {"thresholdsStyle": {"mode": "line"}}
    return p


def row(title):
    return {"type": "row", "title": title, "collapsed": False, "panels": []}


def dashboard(uid, title, description, rows):
    panels, y, pid = [], 0, 1
    for title_, items in rows:
        r = row(title_)
        r["gridPos"] = {"h": 1, "w": 24, "x": 0, "y": y}
        r["id"] = pid
        pid += 1
        panels.append(r)
        y += 1
        for i, p in enumerate(items):
            w = 24 // min(len(items), 3) if len(items) > 0 else 24
            p["gridPos"] = {"h": 8, "w": w, "x": (i % 3) * w, "y": y + (i // 3) * 8}
            p["id"] = pid
            pid += 1
            panels.append(p)
        y += ((len(items) + 2) // 3) * 8
    return {
        "uid": uid, "title": title, "description": description, "tags": ["rookery"], "editable": True,
        "schemaVersion": 39, "version": 1, "time": {"from": "now-1h", "to": "now"}, "refresh": "30s",
        "timezone": "utc",
        "templating": {"list": [
            {"name": "datasource", "label": "Prometheus", "type": "datasource", "query": "prometheus"},
            {"name": "instance", "label": "node", "type": "query", "datasource": DS, "refresh": 2,
             "query": 'label_values(up{job="rookery"}, instance)', "includeAll": True, "multi": True,
             "current": {"text": "All", "value": "$__all"}},
        ]},
        "annotations": {"list": []},
        "panels": panels,
    }


live = dashboard("rookery-live-game", "Rookery: live game",
    "The live-game service (the all-in-one runtime): moves, latency against the 50 ms p95 target, games, "
    "WebSockets, errors, breakers, lag. Metrics: docs/observability.md; alerts: docs/runbook.md.", [
    ("Moves", [
        panel("Moves per second by outcome", [(f'sum by (outcome) (rate(live_game_moves_total{{{I}}}[1m]))', "{{outcome}}")], "ops"),
        panel("Move latency p50 / p95 / p99", [
            (f'histogram_quantile(0.50, sum by (le) (rate(live_game_move_latency_seconds_bucket{{{I}}}[5m])))', "p50"),
            (f'histogram_quantile(0.95, sum by (le) (rate(live_game_move_latency_seconds_bucket{{{I}}}[5m])))', "p95"),
            (f'histogram_quantile(0.99, sum by (le) (rate(live_game_move_latency_seconds_bucket{{{I}}}[5m])))', "p99")],
            "s", thresholds=0.05, description="The SLO: p95 under 50 ms (the red line)."),
        panel("Move p95 by transport", [
            (f'histogram_quantile(0.95, sum by (transport, le) (rate(live_game_move_latency_seconds_bucket{{{I}}}[5m])))', "{{transport}}")],
            "s", thresholds=0.05),
    ]),
    ("SLOs", [
        panel("Move failures (share, 1 h)", [("live_game:move_errors:ratio_rate1h", "failed"), ("live_game:move_errors:ratio_rate5m", "failed, 5 min")],
              "percentunit", thresholds=0.001, description="busy, unavailable and error outcomes; the budget is 0.1 %."),
        panel("Moves over 50 ms (share, 1 h)", [("live_game:move_slow:ratio_rate1h", "slow"), ("live_game:move_slow:ratio_rate5m", "slow, 5 min")],
              "percentunit", thresholds=0.05, description="p95 < 50 ms means at most 5 % slower."),
        panel("Firing SLO alerts", [('count by (alertname) (ALERTS{alertstate="firing",slo!=""})', "{{alertname}}")], kind="stat"),
    ]),
    ("Games and connections", [
        panel("Active games", [(f'sum(live_game_active_games{{{I}}})', "games")], kind="stat"),
        panel("WebSocket connections and SSE streams", [
            (f'sum(live_game_websocket_connections{{{I}}})', "WebSockets"), (f'sum(rookery_sse_streams{{{I}}})', "SSE streams")]),
        panel("Reconnects per second", [(f'sum(rate(live_game_websocket_reconnects_total{{{I}}}[5m]))', "reconnects")], "ops"),
        panel("WebSocket frames per second", [
            (f'sum(rate(rookery_websocket_frames_received_total{{{I}}}[1m]))', "in"),
            (f'sum(rate(rookery_websocket_frames_sent_total{{{I}}}[1m]))', "out")], "ops"),
        panel("Slow consumers cut off", [(f'sum by (transport) (rate(rookery_slow_consumers_total{{{I}}}[5m]))', "{{transport}}")], "ops"),
    ]),
    ("Errors and refusals", [
        panel("HTTP 5xx per second by route", [(f'sum by (route) (rate(rookery_http_requests_total{{{I},status="5xx"}}[5m]))', "{{route}}")], "ops"),
        panel("Commands refused or failed", [
            (f'sum by (command, outcome) (rate(rookery_game_commands_total{{{I},outcome!="accepted"}}[5m]))', "{{command}} {{outcome}}")], "ops"),
        panel("Rate limited and abuse", [
            (f'sum by (action) (rate(rookery_rate_limited_total{{{I}}}[5m]))', "limited {{action}}"),
            (f'sum by (kind) (rate(rookery_abuse_total{{{I}}}[5m]))', "abuse {{kind}}")], "ops"),
    ]),
    ("HTTP", [
        panel("Requests per second by route", [(f'sum by (route, status) (rate(rookery_http_requests_total{{{I}}}[1m]))', "{{route}} {{status}}")], "reqps"),
        panel("p95 latency by route", [
            (f'histogram_quantile(0.95, sum by (route, le) (rate(rookery_http_request_duration_seconds_bucket{{{I}}}[5m])))', "{{route}}")], "s"),
    ]),
    ("Breakers and lag", [
        panel("Circuit breakers open", [(f'max by (breaker) (rookery_circuit_breaker_state{{{I},state="open"}})', "{{breaker}}")],
              thresholds=1, description="1 = open."),
        panel("Breaker transitions", [(f'sum by (breaker, to) (increase(rookery_circuit_breaker_transitions_total{{{I}}}[5m]))', "{{breaker}} → {{to}}")]),
        panel("Relay lag (seconds)", [(f'max by (relay) (rookery_relay_lag_seconds{{{I}}})', "{{relay}}")], "s", thresholds=30),
        panel("Relay lag (events)", [(f'max by (relay) (rookery_relay_lag_events{{{I}}})', "{{relay}}")]),
        panel("Relay events per second", [(f'sum by (relay, result) (rate(rookery_relay_events_total{{{I}}}[1m]))', "{{relay}} {{result}}")], "ops"),
        panel("Kafka consumer lag", [('sum by (group, topic) (rookery_kafka_consumer_lag)', "{{group}} {{topic}}")], thresholds=10000),
    ]),
    ("Bots and engines (when bots are wired)", [
        panel("Bot moves per second by source", [(f'sum by (source) (rate(rookery_bot_moves_total{{{I}}}[5m]))', "{{source}}")], "ops",
              description="book, then engine, then a random legal move: a rise of random means the engine or the book fails."),
        panel("Bot timeouts per second", [(f'sum by (budget) (rate(rookery_bot_timeouts_total{{{I}}}[5m]))', "{{budget}}")], "ops"),
        panel("Engine queues", [(f'sum by (tier) (rookery_engine_queue_length{{{I}}})', "{{tier}}")]),
        panel("Engine queue wait (mean)", [
            (f'sum by (tier) (rate(rookery_engine_wait_seconds_total{{{I}}}[5m])) / sum by (tier) (rate(rookery_engine_started_total{{{I}}}[5m]))', "{{tier}}")], "s"),
        panel("Engine refusals and replacements", [
            (f'sum by (tier) (rate(rookery_engine_rejected_total{{{I}}}[5m]))', "queue full {{tier}}"),
            (f'sum by (reason) (rate(rookery_engine_replacements_total{{{I}}}[5m]))', "replaced {{reason}}")], "ops"),
        panel("Engine requests by outcome", [(f'sum by (tier, outcome) (rate(rookery_engine_requests_total{{{I}}}[5m]))', "{{tier}} {{outcome}}")], "ops"),
    ]),
    ("JVM and process", [
        panel("CPU (cores)", [(f'rate(process_cpu_seconds_total{{{I}}}[1m])', "{{instance}}")]),
        panel("Heap used", [(f'sum by (instance) (jvm_memory_used_bytes{{{I},area="heap"}})', "{{instance}}")], "bytes"),
        panel("GC time per second", [(f'sum by (instance) (rate(jvm_gc_collection_seconds_sum{{{I}}}[1m]))', "{{instance}}")], "s"),
        panel("Threads", [(f'jvm_threads_current{{{I}}}', "{{instance}}")]),
        panel("Nodes up", [('up{job="rookery"}', "{{instance}}")], kind="stat"),
    ]),
])

ranked = dashboard("rookery-ratings-matchmaking", "Rookery: ratings and matchmaking",
    "Matchmaking queues and waves, the breaker around match-game creation, the rating and leaderboard routes "
    "(target p95 < 100 ms) and what feeds ratings (the game-events relay, the rating consumer's lag).", [
    ("Matchmaking", [
        panel("Players waiting", [(f'sum(rookery_matchmaking_waiting{{{I}}})', "waiting")]),
        panel("Joins per second by outcome", [(f'sum by (outcome) (rate(rookery_matchmaking_joins_total{{{I}}}[5m]))', "{{outcome}}")], "ops"),
        panel("Matches per second by stage", [(f'sum by (stage) (rate(rookery_matchmaking_matches_total{{{I}}}[5m]))', "{{stage}}")], "ops"),
        panel("Pairing waves per second", [(f'sum(rate(rookery_matchmaking_waves_total{{{I}}}[5m]))', "waves")], "ops"),
        panel("Matches waiting for their game", [(f'sum(rookery_matchmaking_pending_retries{{{I}}})', "pending retries")]),
        panel("Match-game breaker", [
            (f'max(rookery_circuit_breaker_state{{{I},breaker="match-game-creation",state="open"}})', "open"),
            (f'max(rookery_circuit_breaker_failure_rate{{{I},breaker="match-game-creation"}})', "failure rate %")]),
    ]),
    ("Ratings", [
        panel("Leaderboard and rating reads p95", [
            (f'histogram_quantile(0.95, sum by (route, le) (rate(rookery_http_request_duration_seconds_bucket{{{I},route=~"/v1/leaderboards.*|/v1/ratings.*"}}[5m])))',
             "{{route}}")], "s", thresholds=0.1),
        panel("Rating requests per second", [
            (f'sum by (route, status) (rate(rookery_http_requests_total{{{I},route=~"/v1/leaderboards.*|/v1/ratings.*|/v1/game-results|/v1/admin/ratings/backfill"}}[5m]))',
             "{{route}} {{status}}")], "reqps"),
        panel("Game events waiting for ratings", [
            (f'max(rookery_relay_lag_seconds{{{I},relay="game-events"}})', "relay lag (s)"),
            ('sum by (group) (rookery_kafka_consumer_lag{topic="game-events"})', "consumer {{group}} (records)")]),
        panel("Rate-limited rating reads", [(f'sum(rate(rookery_rate_limited_total{{{I},action="read_ratings"}}[5m]))', "refused")], "ops"),
    ]),
])

here = os.path.dirname(os.path.abspath(__file__))
for name, board in (("live-game.json", live), ("ratings-matchmaking.json", ranked)):
    with open(os.path.join(here, name), "w") as f:
        json.dump(board, f, indent=2, ensure_ascii=False)
        f.write("\n")
