"""Render the offline seed map and photograph it in headless chromium for the README.

    ./dev screenshot            writes docs/map.png (and docs/map-popup.png)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> None:
    html = ROOT / "output" / "map-offline.html"
    subprocess.run([sys.executable, "-m", "geo.cli", "map", "--offline", "--out", str(html)], check=True, cwd=ROOT)
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile, executable_path=shutil.which("chromium"), args=FLAGS, headless=True,
            viewport={"width": 1280, "height": 820})
        page = context.new_page()
        page.goto(html.as_uri())
        page.wait_for_selector(".geo-time")
        page.wait_for_timeout(800)
        page.screenshot(path=str(ROOT / "docs" / "map.png"))
        # zoom on Baghdad and open the strike that killed Soleimani (the one with most sources)
        page.evaluate("map_0001.setView([33.33, 44.30], 10, {animate: false})")
        page.wait_for_timeout(600)
        page.locator(".geo-icon.geo-strike.geo-confirmed").first.dispatch_event("click")
        page.wait_for_selector(".geo-popup")
        page.wait_for_timeout(400)
        page.screenshot(path=str(ROOT / "docs" / "map-popup.png"))
        context.close()
    print("wrote docs/map.png and docs/map-popup.png")


if __name__ == "__main__":
    main()
