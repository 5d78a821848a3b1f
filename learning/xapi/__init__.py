"""xAPI 1.0.3: statements from the platform, the built-in Learning Record Store, forwarding.

Layers, bottom up: `primitives` (IRIs, UUIDs, language tags, durations), `validation` (the
statement rules of xAPI 1.0.3 Part Two), `services` (the one function that stores statements,
for the platform and the HTTP API alike), `statements` (the platform's own statements, built
with tincan), `api` (the LRS resources of Part Three) and `forwarding` (the outbox).
"""
