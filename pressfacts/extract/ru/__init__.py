"""Russian extraction: statistics, dates and participants of Russian releases."""
