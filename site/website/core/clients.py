"""Who is asking: the client's address behind a known number of trusted proxies, and counters
kept in the cache every server process shares.

Behind the TLS proxy the README prescribes, REMOTE_ADDR is the proxy's address for every
visitor. Each proxy appends the address it received the request from to X-Forwarded-For, so
with TRUSTED_PROXY_COUNT proxies the client is that many entries from the right; entries
further left are whatever the client chose to send and are never trusted.
"""

import ipaddress

from django.conf import settings
from django.core.cache import caches


def client_address(request):
    """The client's IP address as the outermost trusted proxy saw it."""
    address = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = [
            item.strip()
            for item in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if item.strip()
        ]
        if len(forwarded) >= proxies:
            address = forwarded[-proxies]
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return "unknown"


def client_key(request):
    """The address as a rate-limit key: an IPv6 client is its /64 network (one subscriber)."""
    address = client_address(request)
    if ":" in address:
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return address


def over_limit(name, request, limit, seconds):
    """Count one more `name` event for this client; True once past `limit` per `seconds`."""
    cache = caches[settings.RATE_LIMIT_CACHE]
    key = f"ratelimit:{name}:{client_key(request)}"
    cache.add(key, 0, timeout=seconds)
    try:
        return cache.incr(key) > limit
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=seconds)
        return False
