"""Development tools of newslayout (not shipped: setuptools installs only newslayout*)."""
