"""Settings safe for production: every value comes from the environment (listed in .env.example).

`dev` and `test` loosen these; `production` insists on the variables a real deployment needs.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF

# The repository root: manage.py, locale/, templates/, static/, var/.
BASE_DIR = Path(__file__).resolve().parents[3]
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int_or_none(name):
    value = os.environ.get(name, "").strip()
    return int(value) if value else None


DEBUG = env_bool("DEBUG")
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "website.core",
    "website.home",
    "website.guidelines",
    "website.partners",
    "website.events",
    "website.practices",
    "website.navigation",
    "website.search",
    "website.deliverables",
    "courses",
    "website.sections",
    "learning.progress",
    "learning.xapi",
    "learning.competences",
    "learning.badges",
    "learning.benchmarking",
    "learning.privacy",
    "learning.evaluation",
    "website.translations",
    "allauth",
    "allauth.account",
    "wagtail.contrib.routable_page",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "wagtail.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "website.core.security.ContentSecurityPolicyMiddleware",
    "website.core.security.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Anonymous page views are answered from the cache before any URL routing or query.
    "website.core.pagecache.PageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "website.translations.middleware.TranslatorLocaleMiddleware",
]

# Content-Security-Policy (django-csp; the admin's looser policy is in website.core.security).
# Video blocks embed YouTube and Vimeo players; nothing else comes from another origin.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [
            "https://www.youtube.com",
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Browser features no page uses are switched off (Permissions-Policy header).
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
    "fullscreen": ["self"],
}
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

ROOT_URLCONF = "website.urls"
WSGI_APPLICATION = "website.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
            ],
        },
    },
]

# Database: an SQLite file under var/ unless DATABASE_URL names another (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several threads or processes write (web, task worker, LRS clients): with WAL and
    # immediate transactions they queue for the write lock instead of failing on it. Pages
    # are read through a memory map: each commit of another connection empties a
    # connection's page cache, and the LRS's index pages are then read without a copy.
    # The WAL is copied back into the database (a checkpoint, with an fsync) every 20,000
    # pages (80 MB) rather than SQLite's 1,000: a batch of statements dirties a few hundred
    # index pages, and a page written many times between checkpoints is copied back once.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        transaction_mode="IMMEDIATE",
        timeout=20,
        init_command=(
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA mmap_size=268435456; "
            "PRAGMA wal_autocheckpoint=20000;"
        ),
    )
# Indexes that cover columns (INCLUDE) do so on PostgreSQL; on SQLite they are plain indexes,
# as intended: the warning that says so would be printed by every command.
SILENCED_SYSTEM_CHECKS = ["models.W040"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "core.User"

# Cache: local memory on one machine; Redis, shared by every worker, when REDIS_URL is set.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "digint",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Counters every server process must share (rate limits): Redis when configured, else files
# under var/ that all processes on this machine see (local memory would count per process).
CACHES["shared"] = (
    CACHES["default"]
    if os.environ.get("REDIS_URL")
    else {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(VAR_DIR / "cache" / "shared"),
    }
)
RATE_LIMIT_CACHE = "shared"
# How many proxies (TLS terminator, load balancer) stand in front of the server, each adding
# the address it saw to X-Forwarded-For; 0 trusts no such header (REMOTE_ADDR is the client).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", 0))

# Anonymous page views are cached this long; publishing invalidates them at once.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# At most this many query-string variants of one page (filters, searches) are cached at once.
PAGE_CACHE_MAX_VARIANTS = int(os.environ.get("PAGE_CACHE_MAX_VARIANTS", "200"))

# Background work: Django's tasks API (django-tasks backport) on a database-backed queue,
# run by `python manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Learner accounts (django-allauth): e-mail and password, confirmed by e-mail; sign-in with the
# e-mail address or the username. Sign-up also asks for the name to appear on credentials.
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
ACCOUNT_LOGIN_METHODS = {"email", "username"}
ACCOUNT_SIGNUP_FORM_CLASS = "website.core.forms.SignupForm"
ACCOUNT_FORMS = {"login": "website.core.login.LoginForm"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "DIG.INT: "
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "learning-dashboard"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English is the source; the consortium translates into the five others.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("it", "Italiano"),
    ("fr", "Français"),
    ("nl", "Nederlands"),
    ("es", "Español"),
    ("ro", "Română"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Shipped content: the English source (content/FORMAT.md) and its PO catalogues per language
# (locale/<language>/content/), loaded by `manage.py load_digint`.
DIGINT_CONTENT_DIR = BASE_DIR / "content"
DIGINT_CONTENT_CATALOGUES_DIR = BASE_DIR / "locale"
# Dates and numbers as the CLDR writes them in each language; English in British style.
FORMAT_MODULE_PATH = ["website.formats"]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES

# Machine translation is an optional aid for translators, off unless a DeepL key is given.
if os.environ.get("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_API_KEY"], "FORMALITY": "prefer_more"},
    }

# Static and media files: sources in static/, collected into var/static; uploads in var/media.
STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
MEDIA_URL = "/media/"
# The deliverables' PDFs (Guidelines, Blueprint, competence framework), made on first download
# and again when their content is published; safe to delete (they are made again).
DELIVERABLES_DIR = Path(os.environ.get("DELIVERABLES_DIR", VAR_DIR / "deliverables"))
DELIVERABLES_REGENERATE_ON_PUBLISH = env_bool("DELIVERABLES_REGENERATE_ON_PUBLISH", True)
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Learners' data exports: never under MEDIA_URL; only the signed-in learner's view serves them.
STORAGES["exports"] = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {"location": VAR_DIR / "exports", "base_url": None},
}
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    # S3-compatible media (django-storages): bucket, keys and endpoint come from AWS_* variables.
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    STORAGES["exports"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {"location": "private-exports", "default_acl": "private"},
    }
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL")
    AWS_QUERYSTRING_AUTH = env_bool("AWS_QUERYSTRING_AUTH", False)

WAGTAIL_SITE_NAME = "DIG.INT"
# No avatar requests to gravatar.com from the admin (a third party learns who edits).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "DIG.INT <noreply@localhost>")
# Where the contact page's messages go; by default the first administrator's address.
DIGINT_CONTACT_EMAIL = os.environ.get("DIGINT_CONTACT_EMAIL") or os.environ.get(
    "DIGINT_ADMIN_EMAIL", "webmaster@localhost"
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Learning records: activity IRIs are built on this base, the same in every language.
# The LRS under /xapi/: the largest request body (413 above it) and the page size of GETs.
LEARNING_XAPI_MAX_BODY_BYTES = int(os.environ.get("LEARNING_XAPI_MAX_BODY_BYTES", 20_000_000))
LEARNING_XAPI_PAGE_SIZE = int(os.environ.get("LEARNING_XAPI_PAGE_SIZE", 100))
# The xAPI version of the platform's own statements: 1.0.3 (default) or 2.0.0.
LEARNING_XAPI_PLATFORM_VERSION = os.environ.get("LEARNING_XAPI_PLATFORM_VERSION", "1.0.3")
# Limits on what clients send (see README, "Security"): statements per POST, JSON nesting,
# characters per string, and how long a `more` link stays valid (seconds).
LEARNING_XAPI_MAX_STATEMENTS_PER_BATCH = int(
    os.environ.get("LEARNING_XAPI_MAX_STATEMENTS_PER_BATCH", 1000)
)
LEARNING_XAPI_MAX_JSON_DEPTH = int(os.environ.get("LEARNING_XAPI_MAX_JSON_DEPTH", 32))
LEARNING_XAPI_MAX_STRING_LENGTH = int(os.environ.get("LEARNING_XAPI_MAX_STRING_LENGTH", 100_000))
LEARNING_XAPI_MORE_LINK_SECONDS = int(os.environ.get("LEARNING_XAPI_MORE_LINK_SECONDS", 86_400))
LEARNING_XAPI_ACTIVITY_BASE = os.environ.get(
    "LEARNING_XAPI_ACTIVITY_BASE", WAGTAILADMIN_BASE_URL.rstrip("/") + "/xapi/activities"
)

# Benchmarking: how many institutions one account may register (administrators add more).
LEARNING_BENCHMARKING_MAX_REGISTRATIONS = int(
    os.environ.get("LEARNING_BENCHMARKING_MAX_REGISTRATIONS", 3)
)
# Colleague invitations: days a link works, and how many one member may send in 24 hours.
LEARNING_BENCHMARKING_INVITATION_DAYS = int(
    os.environ.get("LEARNING_BENCHMARKING_INVITATION_DAYS", 7)
)
LEARNING_BENCHMARKING_INVITATIONS_PER_DAY = int(
    os.environ.get("LEARNING_BENCHMARKING_INVITATIONS_PER_DAY", 10)
)

# Open Badges 3.0 credentials. The issuer's Ed25519 key comes from LEARNING_BADGES_ISSUER_KEY
# (a Multikey secretKeyMultibase) or from the key file that `create_issuer_key` writes; it is
# never stored in the database.
LEARNING_BADGES_ISSUER_KEY = os.environ.get("LEARNING_BADGES_ISSUER_KEY", "")
LEARNING_BADGES_ISSUER_KEY_FILE = Path(
    os.environ.get("LEARNING_BADGES_ISSUER_KEY_FILE", VAR_DIR / "keys" / "badges-issuer.key")
)
# The absolute base of credential, issuer, key and status list URLs; never change it once
# credentials are issued (they name these URLs inside their signature).
LEARNING_BADGES_BASE_URL = os.environ.get("LEARNING_BADGES_BASE_URL", WAGTAILADMIN_BASE_URL)
# How long verifiers and caches may keep the revocation status list (seconds).
LEARNING_BADGES_STATUS_LIST_MAX_AGE = int(
    os.environ.get("LEARNING_BADGES_STATUS_LIST_MAX_AGE", 300)
)
# The largest credential the verify form inflates from a compressed badge chunk.
LEARNING_BADGES_MAX_DECOMPRESSED_BYTES = int(
    os.environ.get("LEARNING_BADGES_MAX_DECOMPRESSED_BYTES", 1_000_000)
)
LEARNING_BADGES_ISSUER_NAME = os.environ.get(
    "LEARNING_BADGES_ISSUER_NAME", "DIG.INT — Digital International Trainers consortium"
)
# ISO 3166-1 alpha-2 country of the awarding body (the project's coordinator).
LEARNING_BADGES_ISSUER_COUNTRY = os.environ.get("LEARNING_BADGES_ISSUER_COUNTRY", "IT")

# Learners' data rights (learning.privacy). An account deletion waits this many days, during
# which the learner can cancel it; an export's download link works this many hours.
LEARNING_PRIVACY_COOLING_OFF_DAYS = int(os.environ.get("LEARNING_PRIVACY_COOLING_OFF_DAYS", "7"))
LEARNING_PRIVACY_EXPORT_VALID_HOURS = int(
    os.environ.get("LEARNING_PRIVACY_EXPORT_VALID_HOURS", "72")
)
# Retention (`purge_inactive_accounts`), off while empty: accounts whose address was never
# confirmed are erased after this many days; export files are deleted after this many days.
LEARNING_PRIVACY_PURGE_UNCONFIRMED_DAYS = env_int_or_none("LEARNING_PRIVACY_PURGE_UNCONFIRMED_DAYS")
LEARNING_PRIVACY_PURGE_EXPORTS_DAYS = env_int_or_none("LEARNING_PRIVACY_PURGE_EXPORTS_DAYS")
