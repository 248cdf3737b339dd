"""Where templates come from: the site's own `templates/` beside its content folder, over the built-in
theme. Kept apart from render.py so that a build with nothing to do never imports jinja2."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

THEME_PACKAGE = "site_builder.templates"
STATIC_PREFIX = "static/"  # a theme's files under static/ are copied as they are; the others are templates


def is_static(name: str) -> bool:
    """A theme file copied into the site (`static/style.css`), not a template pages are rendered with."""
    return name.startswith(STATIC_PREFIX)


def builtin_theme(package: str = THEME_PACKAGE) -> Path:
    """The theme shipped with the package (the repository's `templates/` in a checkout).

    The installed theme is a namespace package (no `__init__.py`), for which `resources.files` gives a
    MultiplexedPath whose str() is no path: the folder is found through a file in it."""
    try:
        base = Path(str(resources.files(package).joinpath("base.html")))
        if base.exists():
            return base.parent
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "templates"


def template_folders(user_templates: Path | None) -> list[Path]:
    """The folders templates are looked up in, the first match winning."""
    return [p for p in (user_templates, builtin_theme()) if p is not None and p.is_dir()]


def user_templates(content: Path) -> Path:
    """A site's own templates live beside its content folder, as in Hugo's layouts/."""
    return content.resolve().parent / "templates"
