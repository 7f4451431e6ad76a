"""Build hook: the wheel carries the default source and sanctions-list registries (include/sources, include/lists).

They live beside the package, not in it, so that a checkout's registry is plain data to edit; a wheel (`pip install .`,
not editable) copies them into `tradewatch/registries/`, where the settings look when there is no checkout
(`settings.default_registry`). Without this, an installed tradewatch found no registry at all.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

REGISTRIES = ("sources", "lists")  # include/<name>/*.yml -> tradewatch/registries/<name>/


class BuildWithRegistries(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # (an editable install reads include/ where it is)
        root = Path(__file__).resolve().parent
        for name in REGISTRIES:
            target = Path(self.build_lib) / "tradewatch" / "registries" / name
            target.mkdir(parents=True, exist_ok=True)
            for path in sorted((root / "include" / name).glob("*.yml")):
                shutil.copyfile(path, target / path.name)


setup(cmdclass={"build_py": BuildWithRegistries})
