"""Content: the content folders stappen/ and cases/, front matter, dates, facts, templates, publisher, versions."""
