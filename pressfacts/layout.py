"""The names inside an output folder, in a module light enough for the
command to check the folder before it loads anything slow."""

RELEASES = "releases"
FAILED = "failed"
LATEST = "latest"
CACHE = "cache"
STAGING_PREFIX = ".staging-"
