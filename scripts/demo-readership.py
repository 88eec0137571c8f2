#!/usr/bin/env python3
"""Generate the demo newsroom's sample web-server access logs (analytics/access.log*).

Gazette computes *Trending* and *Most Read* from access logs (see
src/main/java/org/gazette/ranking/RANKING.md). This script writes a realistic, fully synthetic
week of nginx ``combined`` logs for the demo newsroom in ``content/``, so that a demo build with
the clock at 2024-03-22T09:00:00Z (10:00 in Copenhagen) fills both blocks believably.

Usage (from anywhere; Python 3.9+, standard library only)::

    python3 scripts/demo-readership.py [--content content] [--out analytics]

The output is deterministic: a fixed seed, no wall-clock time, sorted inputs and gzip headers with
mtime 0, so every run writes byte-identical files.

What it reads
    The front matter of every ``content/articles/**/*.md`` (title, date, section, slug, draft,
    image.src). Drafts and articles dated after the clock are skipped. URLs follow the site's
    ``permalink`` pattern, with the date parts taken in Europe/Copenhagen.

What it writes
    Seven days of traffic before the clock, rotated the way logrotate leaves it, one file per
    24-hour period counted back from the clock, each in time order, timestamps in +0000::

        analytics/access.log          the last 24 h             (plain)
        analytics/access.log.1        24-48 h before the clock  (plain)
        analytics/access.log.2.gz ... analytics/access.log.6.gz (gzip, older days)

What is planted
    Readers (these count in the rankings):
      * A long-tailed readership over every published article: each article has a random
        (log-normal) long-tail popularity; newer articles get a launch peak that decays with
        age, so recent stories dominate and a few old ones keep a steady trickle.
      * A diurnal pattern in Copenhagen time: quiet from 01:00 to 05:00, a morning rise, a lunch
        and an evening peak.
      * Visitors: a pool of returning regulars (who sometimes re-read a story, get 304s and
        rarely re-download assets) and one-off visitors. Addresses come only from the
        documentation ranges 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 and 2001:db8::/32;
        user agents from a weighted pool of current desktop and mobile Chrome, Firefox, Safari,
        Edge and Samsung Internet.
      * Referrers from search (Google, Bing, DuckDuckGo), social (Facebook, X/t.co, LinkedIn,
        Reddit), the newsletter, the site itself and direct (``-``); query strings such as
        ``?utm_source=facebook&utm_medium=social`` or ``?fbclid=…``; some ``304`` answers; some
        ``…/index.html`` and no-trailing-slash variants of article URLs.
      * BURSTING NOW (must trend): three stories published in the last ~2 days whose readership
        climbs steeply over the last 6 hours (see BURSTING below): the card-payment outage of
        this morning, Freja Lund's International Master title (last night) and the measles cases
        at two schools (yesterday afternoon, spreading through parents' groups this morning).
      * FADED (must not trend): the Great Belt tanker story, published 2024-03-19 evening, with a
        large burst that evening and the next morning (2-3 days ago) that has since faded.
      * A clear Most Read list over the last 24 h: every article of the past week (9) has well
        over 3 readers in the last 24 h, led by the bursting stories.
    Noise (must NOT count):
      * Asset requests by readers (/assets/css/gazette.css, /assets/favicon.svg, /favicon.ico,
        hero images /images/….png), and readers' home, section, tag, author and archive pages.
      * 404 probes (/wp-login.php, /.env, /xmlrpc.php, /.git/config, …), HEAD requests (an uptime
        monitor, link checkers), POSTs, 301 redirects (section URLs without a slash, old paths).
      * Crawlers: Googlebot, bingbot, AhrefsBot, SemrushBot, GPTBot, facebookexternalhit (which
        follows shares of the new stories), curl, python-requests, and requests with an empty
        user agent or ``-``.
      * One FLOODING client (a browser-like user agent on one address) hammering one old
        article thousands of times within one hour on 2024-03-18; Gazette drops it as a flood.

Running it prints lines and bytes per file and the planted stories' URLs.
"""

import argparse
import gzip
import math
import os
import random
import re
import sys
from datetime import datetime, timedelta, timezone

SEED = 20240322
CLOCK = datetime(2024, 3, 22, 9, 0, 0, tzinfo=timezone.utc)
DAYS = 7
HOUR = 3600
CLOCK_S = int(CLOCK.timestamp())
START_S = CLOCK_S - DAYS * 24 * HOUR

# Planted stories, by slug (the article must exist and be published by the clock).
BURSTING = {
    # slug: readers per hour in the final hour before the clock (the surge grows as
    # exp(-(hours before the clock) / SURGE_TAU)); the launch peak is in PEAK below.
    "card-payments-fail-nationwide-in-morning-rush": 170.0,
    "freja-lund-becomes-denmarks-youngest-international-master": 120.0,
    "measles-cases-confirmed-at-two-copenhagen-schools": 150.0,
}
SURGE_TAU = 2.0  # hours
FADED = "tanker-drifts-in-the-great-belt-after-engine-failure"
FLOODED = "eelgrass-returns-to-the-sound"
FLOOD_START = datetime(2024, 3, 18, 2, 14, 7, tzinfo=timezone.utc)
FLOOD_REQUESTS = 3400

# Launch peak (readers per hour at a diurnal weight of 1, at publication) of the week's stories;
# other articles published in the last 60 days get DEFAULT_RECENT_PEAK, older ones none.
PEAK = {
    "card-payments-fail-nationwide-in-morning-rush": 30.0,
    "freja-lund-becomes-denmarks-youngest-international-master": 45.0,
    "measles-cases-confirmed-at-two-copenhagen-schools": 30.0,
    "tanker-drifts-in-the-great-belt-after-engine-failure": 95.0,
    "city-hall-backs-parking-fees-in-outer-districts": 26.0,
    "parties-strike-deal-on-homes-for-young-people": 34.0,
    "turbine-maker-to-cut-600-jobs-in-jutland": 30.0,
    "porpoise-count-in-the-sound-rises-for-third-year": 20.0,
    "review-northern-light-at-the-nordhavn-museum": 14.0,
}
DEFAULT_RECENT_PEAK = 12.0
DECAY_HOURS = 8.0   # launch peak decays as (1 + age / DECAY_HOURS) ** -DECAY_POWER
DECAY_POWER = 1.4
# Faded story: a second wave the morning after publication (shared widely, then forgotten).
FADED_WAVE_CENTRE = datetime(2024, 3, 20, 7, 30, tzinfo=timezone.utc)
FADED_WAVE_PEAK = 70.0
FADED_WAVE_WIDTH = 2.5  # hours (Gaussian sigma)

# Readers per hour by local (Copenhagen) hour of day.
DIURNAL = [0.26, 0.14, 0.08, 0.06, 0.07, 0.15, 0.42, 0.80, 1.00, 1.05, 1.00, 0.98,
           1.10, 1.00, 0.94, 0.93, 0.98, 1.00, 0.95, 1.00, 1.10, 1.05, 0.80, 0.50]
WEEKEND = 0.85  # Saturday and Sunday are a little quieter
SCALE = 1.2     # overall readership multiplier

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

BROWSERS = [  # (weight, user agent)
    (14, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3.1 Mobile/15E148 Safari/604.1"),
    (8, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"),
    (4, "Mozilla/5.0 (iPhone; CPU iPhone OS 16_7_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1"),
    (3, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/122.0.6261.89 Mobile/15E148 Safari/604.1"),
    (3, "Mozilla/5.0 (iPad; CPU OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3.1 Mobile/15E148 Safari/604.1"),
    (9, "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36"),
    (3, "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36"),
    (3, "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36"),
    (1, "Mozilla/5.0 (Android 14; Mobile; rv:123.0) Gecko/123.0 Firefox/123.0"),
    (13, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"),
    (5, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0"),
    (4, "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0"),
    (7, "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"),
    (6, "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3.1 Safari/605.1.15"),
    (2, "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.3; rv:123.0) Gecko/20100101 Firefox/123.0"),
    (2, "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"),
    (1, "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0"),
]
FLOOD_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36"
FLOOD_IP = "203.0.113.66"

REFERRERS = [  # (weight, referer or None for a query-string driven one)
    (34, "-"),
    (17, "https://www.google.com/"),
    (7, "https://www.google.dk/"),
    (2, "https://www.bing.com/"),
    (2, "https://duckduckgo.com/"),
    (8, "https://m.facebook.com/"),
    (3, "https://l.facebook.com/"),
    (3, "https://t.co/"),
    (2, "https://www.linkedin.com/"),
    (1, "https://www.reddit.com/"),
    (1, "https://news.ycombinator.com/"),
    (10, "@home"),       # the site's front page
    (5, "@section"),     # the article's section page
    (5, "@newsletter"),  # a newsletter link: direct, with utm parameters
]
UTM = {
    "https://m.facebook.com/": ["?utm_source=facebook&utm_medium=social", "?fbclid=IwAR{tok}"],
    "https://l.facebook.com/": ["?fbclid=IwAR{tok}"],
    "https://t.co/": ["?utm_source=twitter&utm_medium=social"],
    "https://www.linkedin.com/": ["?utm_source=linkedin&utm_medium=social"],
    "@newsletter": ["?utm_source=newsletter&utm_medium=email&utm_campaign={edition}"],
}

BOTS = [  # (requests per day, user agent, what it fetches)
    (260, "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.94 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "crawl"),
    (90, "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "crawl"),
    (110, "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm) Chrome/116.0.1938.76 Safari/537.36", "crawl"),
    (95, "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)", "crawl"),
    (75, "Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)", "crawl"),
    (45, "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.0; +https://openai.com/gptbot)", "crawl"),
    (12, "curl/8.4.0", "misc"),
    (18, "python-requests/2.31.0", "crawl"),
    (8, "-", "misc"),
    (5, "", "misc"),
]
FACEBOOK_BOT = "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)"
UPTIME_UA = "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)"
PROBE_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/78.0.3904.108 Safari/537.36"
PROBES = ["/wp-login.php", "/.env", "/xmlrpc.php", "/wp-admin/setup-config.php", "/.git/config",
          "/wp-includes/wlwmanifest.xml", "/phpmyadmin/", "/admin/.env", "/config.json", "/.aws/credentials"]


# ---------------------------------------------------------------------------------------------
# Time zone: Europe/Copenhagen (CET/CEST). zoneinfo when the system has tz data, else EU rules.

def _last_sunday(year, month):
    d = datetime(year, month + 1, 1) - timedelta(days=1) if month < 12 else datetime(year, 12, 31)
    return d - timedelta(days=(d.weekday() + 1) % 7)


def copenhagen_offset_hours(utc_dt):
    try:
        from zoneinfo import ZoneInfo
        off = utc_dt.astimezone(ZoneInfo("Europe/Copenhagen")).utcoffset()
        return int(off.total_seconds() // 3600)
    except Exception:  # no tz database: EU summer time, last Sunday of March to October, 01:00 UTC
        y = utc_dt.year
        start = _last_sunday(y, 3).replace(hour=1, tzinfo=timezone.utc)
        end = _last_sunday(y, 10).replace(hour=1, tzinfo=timezone.utc)
        return 2 if start <= utc_dt < end else 1


def to_copenhagen(utc_dt):
    return (utc_dt + timedelta(hours=copenhagen_offset_hours(utc_dt))).replace(tzinfo=None)


def parse_date(text):
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        text += "T00:00"
    text = text.replace(" ", "T", 1)
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    dt = datetime.fromisoformat(text)
    if dt.tzinfo is None:  # local time in the site time zone
        guess = dt.replace(tzinfo=timezone.utc) - timedelta(hours=1)
        dt = dt.replace(tzinfo=timezone.utc) - timedelta(hours=copenhagen_offset_hours(guess))
    return dt.astimezone(timezone.utc)


# ---------------------------------------------------------------------------------------------
# Articles

def unquote(v):
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
        return v[1:-1]
    return v


def front_matter(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if not lines or lines[0].strip() != "---":
        return None
    fm, block = {}, None
    for line in lines[1:]:
        if line.strip() == "---":
            return fm
        m = re.match(r"^([A-Za-z][\w-]*):\s*(.*)$", line)
        if m:
            block = m.group(1)
            fm[block] = unquote(m.group(2))
            continue
        m = re.match(r"^\s+([A-Za-z][\w-]*):\s*(.*)$", line)
        if m and block:
            fm[block + "." + m.group(1)] = unquote(m.group(2))
    return None


def site_setting(content, key, default):
    try:
        with open(os.path.join(content, "site.yaml"), encoding="utf-8") as f:
            for line in f:
                m = re.match(r"^%s:\s*(.*)$" % re.escape(key), line)
                if m:
                    return unquote(m.group(1))
    except OSError:
        pass
    return default


def load_articles(content):
    permalink = site_setting(content, "permalink", "/{section}/{yyyy}/{MM}/{dd}/{slug}/")
    base = re.sub(r"^https?://[^/]+", "", site_setting(content, "baseUrl", "/")).rstrip("/")
    out = []
    root = os.path.join(content, "articles")
    for d, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(".md"):
                continue
            fm = front_matter(os.path.join(d, name))
            if not fm or fm.get("draft") == "true" or "date" not in fm or "section" not in fm:
                continue
            published = parse_date(fm["date"])
            if published > CLOCK:
                continue
            slug = fm.get("slug") or name[:-3]
            local = to_copenhagen(published)
            url = base + (permalink.replace("{section}", fm["section"])
                          .replace("{yyyy}", "%04d" % local.year).replace("{MM}", "%02d" % local.month)
                          .replace("{dd}", "%02d" % local.day).replace("{slug}", slug))
            out.append({"slug": slug, "title": fm.get("title", slug), "section": fm["section"],
                        "published": published, "url": url, "image": fm.get("image.src")})
    out.sort(key=lambda a: (a["published"], a["url"]))
    return out


# ---------------------------------------------------------------------------------------------
# Traffic

class Gen:
    def __init__(self, articles):
        self.r = random.Random(SEED)
        self.articles = articles
        self.events = []  # (epoch second, seq, line)
        self.seq = 0
        self.ua_weights = [w for w, _ in BROWSERS]
        self.ref_weights = [w for w, _ in REFERRERS]
        self.regulars = [self.new_visitor() for _ in range(1400)]
        self.sections = sorted({a["section"] for a in articles})

    # -- visitors --
    def new_ip(self):
        r = self.r
        if r.random() < 0.3:
            return "2001:db8:%x:%x::%x" % (r.randrange(1, 0xffff), r.randrange(0, 0xffff), r.randrange(1, 0xffff))
        net = r.choice(["192.0.2", "198.51.100", "203.0.113"])
        return "%s.%d" % (net, r.randrange(1, 255))

    def new_visitor(self):
        ua = self.r.choices(BROWSERS, weights=self.ua_weights)[0][1]
        return (self.new_ip(), ua, [False])  # [seen assets]

    def visitor(self):
        if self.r.random() < 0.32:
            return self.r.choice(self.regulars), True
        return self.new_visitor(), False

    # -- lines --
    def emit(self, ts, ip, method, target, status, size, ref, ua, proto=None):
        t = datetime.fromtimestamp(ts, tz=timezone.utc)
        stamp = "%02d/%s/%04d:%02d:%02d:%02d +0000" % (t.day, MONTHS[t.month - 1], t.year, t.hour, t.minute, t.second)
        proto = proto or ("HTTP/2.0" if self.r.random() < 0.7 else "HTTP/1.1")
        ua = ua.replace('"', '\\"')
        line = '%s - - [%s] "%s %s %s" %d %s "%s" "%s"' % (ip, stamp, method, target, proto, status, size, ref, ua)
        self.events.append((ts, self.seq, line))
        self.seq += 1

    def article_target(self, a, utm):
        r = self.r.random()
        path = a["url"]
        if r < 0.04:
            path += "index.html"
        elif r < 0.07:
            path = path.rstrip("/")
        return path + utm

    def read(self, a, ts):
        """One person reading article a at ts, with what a browser fetches around it."""
        r = self.r
        (ip, ua, seen), regular = self.visitor()
        kind = r.choices(REFERRERS, weights=self.ref_weights)[0][1]
        ref, utm = kind, ""
        if kind == "@home":
            ref = "https://ledger.example.org/"
        elif kind == "@section":
            ref = "https://ledger.example.org/%s/" % a["section"]
        elif kind == "@newsletter":
            ref = "-"
        if kind in UTM and r.random() < 0.7:
            weekend = to_copenhagen(datetime.fromtimestamp(ts, tz=timezone.utc)).weekday() >= 5
            utm = (r.choice(UTM[kind]).replace("{tok}", "%016x" % r.getrandbits(64))
                   .replace("{edition}", "weekend-edition" if weekend else "morning-briefing"))
        if kind == "@home" and r.random() < 0.7:
            self.emit(max(START_S, ts - r.randrange(5, 90)), ip, "GET", "/", 200, r.randrange(24000, 31000), "-", ua)
        elif kind == "@section" and r.random() < 0.7:
            self.emit(max(START_S, ts - r.randrange(5, 90)), ip, "GET", "/%s/" % a["section"], 200,
                      r.randrange(15000, 22000), "https://ledger.example.org/", ua)
        status = 304 if regular and r.random() < 0.18 else 200
        self.emit(ts, ip, "GET", self.article_target(a, utm), status,
                  0 if status == 304 else r.randrange(14000, 26000), ref, ua)
        page = "https://ledger.example.org" + a["url"]
        fresh = not seen[0]
        if (fresh and r.random() < 0.45) or r.random() < 0.03:
            self.emit(ts + 1, ip, "GET", "/assets/css/gazette.css", 200, 18431, page, ua)
            if r.random() < 0.5:
                self.emit(ts + 1, ip, "GET", "/assets/favicon.svg", 200, 612, page, ua)
            if r.random() < 0.2:
                self.emit(ts + 2, ip, "GET", "/favicon.ico", 404, 153, page, ua)
            seen[0] = True
        if a["image"] and r.random() < 0.22:
            self.emit(ts + 1, ip, "GET", a["image"], 200 if fresh else 304, r.randrange(9000, 70000) if fresh else 0, page, ua)
        x = r.random()
        if x < 0.06:  # on to another page
            tag = r.choice(["copenhagen", "climate", "housing", "chess", "health", "energy", "municipalities"])
            self.emit(ts + r.randrange(40, 400), ip, "GET", "/tags/%s/" % tag, 200, r.randrange(12000, 20000), page, ua)
        elif x < 0.10:
            self.emit(ts + r.randrange(40, 400), ip, "GET", "/", 200, r.randrange(24000, 31000), page, ua)

    # -- intensity --
    def diurnal(self, ts):
        local = to_copenhagen(datetime.fromtimestamp(ts, tz=timezone.utc))
        w = DIURNAL[local.hour]
        return w * (WEEKEND if local.weekday() >= 5 else 1.0)

    def rate(self, a, hour_start):
        """Expected readers of article a in the hour starting at hour_start (epoch seconds)."""
        pub = a["published"].timestamp()
        mid = hour_start + HOUR / 2
        if mid < pub:
            return 0.0
        age = (mid - pub) / HOUR
        online = min(1.0, (hour_start + HOUR - pub) / HOUR)
        d = self.diurnal(hour_start)
        lam = a["tail"] * d
        peak = PEAK.get(a["slug"], DEFAULT_RECENT_PEAK if age < 60 * 24 else 0.0)
        lam += peak * (1 + age / DECAY_HOURS) ** -DECAY_POWER * d
        if a["slug"] == FADED:
            c = (mid - FADED_WAVE_CENTRE.timestamp()) / HOUR
            lam += FADED_WAVE_PEAK * math.exp(-0.5 * (c / FADED_WAVE_WIDTH) ** 2)
        if a["slug"] in BURSTING:
            before = (CLOCK_S - mid) / HOUR
            lam += BURSTING[a["slug"]] * math.exp(-before / SURGE_TAU) * max(d, 0.6)
        return lam * online * SCALE

    def poisson(self, lam):
        if lam <= 0:
            return 0
        if lam > 50:
            return max(0, int(round(self.r.gauss(lam, math.sqrt(lam)))))
        l, k, p = math.exp(-lam), 0, 1.0
        while True:
            p *= self.r.random()
            if p <= l:
                return k
            k += 1

    def readers(self):
        r = self.r
        for a in self.articles:
            a["tail"] = min(2.5, 0.34 * r.lognormvariate(0, 0.9))
        for a in self.articles:
            pub = int(a["published"].timestamp())
            for h in range(START_S, CLOCK_S, HOUR):
                n = self.poisson(self.rate(a, h))
                lo = max(h, pub)
                for _ in range(n):
                    self.read(a, r.randrange(lo, h + HOUR))

    def crawlers(self):
        r = self.r
        targets = ["/", "/robots.txt", "/sitemap.xml", "/feeds/rss.xml", "/archive/"] + \
                  ["/%s/" % s for s in self.sections]
        for per_day, ua, what in BOTS:
            ip_pool = [self.new_ip() for _ in range(6)]
            for _ in range(per_day * DAYS):
                ts = r.randrange(START_S, CLOCK_S)
                ip = r.choice(ip_pool)
                if what == "crawl" and r.random() < 0.65:
                    a = r.choice(self.articles)
                    if a["published"].timestamp() > ts:
                        a = self.articles[0]
                    target, status = a["url"], 200 if r.random() < 0.9 else 304
                elif what == "crawl" and r.random() < 0.3 and self.articles[-1]["image"]:
                    target, status = r.choice(self.articles)["image"] or "/images/logo.png", 200
                else:
                    target, status = r.choice(targets), 200
                if what == "misc" and r.random() < 0.5:
                    a = r.choice(self.articles)
                    target = a["url"] if a["published"].timestamp() <= ts else "/"
                self.emit(ts, ip, "GET", target, status, 0 if status == 304 else r.randrange(900, 30000), "-", ua, "HTTP/1.1")
        # Facebook's link fetcher follows every share of a story, most on the bursting ones.
        fb_ips = [self.new_ip() for _ in range(10)]
        for a in self.articles:
            pub = int(a["published"].timestamp())
            for h in range(START_S, CLOCK_S, HOUR):
                n = self.poisson(self.rate(a, h) * 0.05)
                for _ in range(n):
                    self.emit(r.randrange(max(h, pub), h + HOUR), r.choice(fb_ips), "GET", a["url"], 200,
                              r.randrange(14000, 26000), "-", FACEBOOK_BOT, "HTTP/1.1")

    def noise(self):
        r = self.r
        # Uptime monitor: HEAD / every ten minutes.
        mon_ip = "198.51.100.9"
        for ts in range(START_S + 17, CLOCK_S, 600):
            self.emit(ts, mon_ip, "HEAD", "/", 200, 0, "-", UPTIME_UA, "HTTP/1.1")
        # Link checkers and previewers issuing HEAD on articles with browser-like agents.
        for _ in range(60 * DAYS):
            a = r.choice(self.articles)
            ts = r.randrange(max(START_S, int(a["published"].timestamp())), CLOCK_S)
            ip, ua, _ = self.new_visitor()
            self.emit(ts, ip, "HEAD", a["url"], 200, 0, "-", ua)
        # Vulnerability probes, in bursts from a few addresses.
        for _ in range(14 * DAYS):
            ip = self.new_ip()
            ts = r.randrange(START_S, CLOCK_S - 120)
            ua = r.choice([PROBE_UA, "Mozilla/5.0 zgrab/0.x", "-"])
            for k, p in enumerate(r.sample(PROBES, r.randrange(2, 6))):
                method = "POST" if p == "/xmlrpc.php" and r.random() < 0.5 else "GET"
                self.emit(ts + k, ip, method, p, 404, 153, "-", ua, "HTTP/1.1")
        # Readers' POSTs (newsletter sign-up, which answers 303) and 301s (no trailing slash on
        # sections, an old CMS path).
        for _ in range(25 * DAYS):
            ip, ua, _ = self.new_visitor()
            ts = r.randrange(START_S, CLOCK_S)
            self.emit(ts, ip, "POST", "/newsletter/subscribe", 303, 0, "https://ledger.example.org/", ua)
        for _ in range(30 * DAYS):
            ip, ua, _ = self.new_visitor()
            ts = r.randrange(START_S, CLOCK_S)
            if r.random() < 0.6:
                s = r.choice(self.sections)
                self.emit(ts, ip, "GET", "/" + s, 301, 169, "-", ua)
                self.emit(ts + 1, ip, "GET", "/%s/" % s, 200, r.randrange(15000, 22000), "-", ua)
            else:
                self.emit(ts, ip, "GET", "/index.php?p=%d" % r.randrange(100, 9000), 301, 169,
                          r.choice(["-", "https://www.google.com/"]), ua)

    def flood(self, a):
        start = int(FLOOD_START.timestamp())
        for k in range(FLOOD_REQUESTS):
            ts = start + (k * HOUR) // FLOOD_REQUESTS
            self.emit(ts, FLOOD_IP, "GET", a["url"], 200, 21873, "-", FLOOD_UA, "HTTP/1.1")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--content", default=os.path.join(here, "..", "content"))
    ap.add_argument("--out", default=os.path.join(here, "..", "analytics"))
    args = ap.parse_args()

    articles = load_articles(args.content)
    by_slug = {a["slug"]: a for a in articles}
    for slug in list(BURSTING) + [FADED, FLOODED]:
        if slug not in by_slug:
            sys.exit("planted story %r is not a published article in %s" % (slug, args.content))

    g = Gen(articles)
    g.readers()
    g.crawlers()
    g.noise()
    g.flood(by_slug[FLOODED])
    g.events.sort()

    os.makedirs(args.out, exist_ok=True)
    days = [[] for _ in range(DAYS)]
    for ts, _, line in g.events:
        if START_S <= ts < CLOCK_S:
            days[(CLOCK_S - 1 - ts) // (24 * HOUR)].append(line)
    total_lines = total_bytes = 0
    print("demo readership, clock %s, seed %d" % (CLOCK.strftime("%Y-%m-%dT%H:%M:%SZ"), SEED))
    for i, lines in enumerate(days):
        data = ("\n".join(lines) + "\n").encode("utf-8")
        if i == 0:
            name = "access.log"
        elif i == 1:
            name = "access.log.1"
        else:
            name = "access.log.%d.gz" % i
        path = os.path.join(args.out, name)
        if name.endswith(".gz"):
            with open(path, "wb") as raw:
                with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
                    gz.write(data)
        else:
            with open(path, "wb") as f:
                f.write(data)
        size = os.path.getsize(path)
        total_lines += len(lines)
        total_bytes += size
        print("  %-18s %6d lines %9d bytes" % (name, len(lines), size))
    print("  %-18s %6d lines %9d bytes" % ("total", total_lines, total_bytes))
    print("bursting now:")
    for slug in BURSTING:
        print("  " + by_slug[slug]["url"])
    print("faded burst (2-3 days ago): " + by_slug[FADED]["url"])
    print("flooded by %s (%d requests from %s): %s" % (FLOOD_IP, FLOOD_REQUESTS,
          FLOOD_START.strftime("%Y-%m-%dT%H:%M:%SZ"), by_slug[FLOODED]["url"]))


if __name__ == "__main__":
    main()
