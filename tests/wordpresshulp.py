"""A real WordPress (Debian's package) on loopback, for the embedding tests.

Everything lives in one fresh temporary folder and is started by the tests:
- MariaDB (mariadbd from Debian) on a Unix socket in that folder, no TCP port;
- WordPress from /usr/share/wordpress, unchanged: a folder of symlinks to it
  with our own wp-config.php (Debian's reads /etc/wordpress/, which the tests
  leave alone) and a wp-content with the block theme Twenty Twenty-Three, the
  classic theme Twenty Twenty-One (WordPress.thema switches) and a
  small must-use plugin that lets WordPress fetch oEmbed data from our site on
  127.0.0.1 (WordPress refuses loopback hosts and odd ports by default);
- `php -S` on 127.0.0.2 and a free port.
WordPress is installed with its own installer API (wp_install) and posts are
created with wp_insert_post, as the given user, in php-cli scripts that load
wp-load.php. No internet: WP_HTTP_BLOCK_EXTERNAL, only 127.0.0.1 is reachable.

Debian packages needed (installed by `make wordpress`, as root): wordpress,
wordpress-theme-twentytwentythree, wordpress-theme-twentytwentyone, mariadb-server,
php-cli, php-mysql.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from webserver import vrije_poort

WORDPRESS = Path("/usr/share/wordpress")
THEMA = "twentytwentythree"  # the block theme, active after installation
THEMAS = (THEMA, "twentytwentyone")  # and the classic theme
PAKKETTEN = ["wordpress", "wordpress-theme-twentytwentythree", "wordpress-theme-twentytwentyone",
             "mariadb-server", "php-cli", "php-mysql"]
PROGRAMMAS = ["php", "mariadbd", "mariadb-install-db", "mariadb"]
HOST = "127.0.0.2"


def ontbrekend() -> list[str]:
    """What is missing to run WordPress here (empty when all is installed)."""
    mis = [p for p in PROGRAMMAS if not shutil.which(p, path=os.environ.get("PATH", "") + ":/usr/sbin")]
    if not (WORDPRESS / "wp-settings.php").exists():
        mis.append(str(WORDPRESS))
    mis += [f"thema {thema}" for thema in THEMAS
            if not (WORDPRESS / "wp-content" / "themes" / thema / "style.css").exists()]
    return mis


def _wacht(voorwaarde, seconden: float, wat: str, logboek: Path | None = None) -> None:
    einde = time.monotonic() + seconden
    while not voorwaarde():
        if time.monotonic() > einde:
            extra = logboek.read_text(errors="replace")[-2000:] if logboek and logboek.exists() else ""
            raise RuntimeError(f"{wat} startte niet binnen {seconden} s\n{extra}")
        time.sleep(0.2)


def _stop(proces: subprocess.Popen | None) -> None:
    """Stop a process started in its own session, with its children (php -S workers)."""
    if proces is None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proces.pid, signal.SIGTERM)
    try:
        proces.wait(timeout=30)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proces.pid, signal.SIGKILL)
        proces.wait()


MU_PLUGIN = """<?php
/*
 * Plugin Name: IGS Cultuur tests: oEmbed vanaf loopback
 * Description: Laat WordPress in de tests oEmbed-gegevens ophalen bij de testsite op 127.0.0.1.
 */
add_filter('http_request_host_is_external', function ($extern, $host) {
    return $extern || $host === '127.0.0.1';
}, 10, 2);
add_filter('http_allowed_safe_ports', function ($poorten) {
    $poorten[] = %(poort)d;
    return $poorten;
});
// No favicon.ico request (php -S answers it with a 404 in the browser console).
add_action('wp_head', function () {
    echo '<link rel="icon" href="data:,">';
});
"""

WP_CONFIG = """<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:%(socket)s');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
%(sleutels)s
define('WP_HOME', '%(url)s');
define('WP_SITEURL', '%(url)s');
define('WP_CONTENT_DIR', ABSPATH . 'wp-content');
define('WP_CONTENT_URL', '%(url)s/wp-content');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_ACCESSIBLE_HOSTS', '127.0.0.1');
$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
"""

# php-cli: install WordPress, then create the users and posts given as JSON on stdin.
INSTALLEER = r"""<?php
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = '%(hostpoort)s';
$_SERVER['SERVER_NAME'] = '127.0.0.2';
$_SERVER['REQUEST_URI'] = '/';
require ABSPATH . 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$r = wp_install('Gemeente Testdorp', 'beheerder', 'beheerder@testdorp.invalid', false, '', 'Test-wachtwoord-123');
switch_theme('%(thema)s');
echo json_encode(['gebruiker' => $r['user_id'], 'thema' => get_stylesheet()]);
"""

BERICHTEN = r"""<?php
$_SERVER['HTTP_HOST'] = '%(hostpoort)s';
$_SERVER['SERVER_NAME'] = '127.0.0.2';
$_SERVER['REQUEST_URI'] = '/';
require ABSPATH . 'wp-load.php';
$uit = [];
foreach (json_decode(stream_get_contents(STDIN), true) as $b) {
    $gebruiker = get_user_by('login', $b['auteur']);
    if (!$gebruiker) {
        $id = wp_insert_user(['user_login' => $b['auteur'], 'user_pass' => wp_generate_password(),
            'user_email' => $b['auteur'] . '@testdorp.invalid', 'role' => $b['rol']]);
        $gebruiker = get_user_by('id', $id);
    }
    wp_set_current_user($gebruiker->ID);  // kses follows the user's unfiltered_html capability
    $id = wp_insert_post(['post_type' => $b['soort'], 'post_status' => 'publish', 'post_title' => $b['titel'],
        'post_content' => $b['inhoud'], 'post_author' => $gebruiker->ID], true);
    if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
    $uit[] = ['id' => $id, 'url' => get_permalink($id), 'inhoud' => get_post($id)->post_content];
}
echo json_encode($uit);
"""


THEMA_WISSEL = r"""<?php
$_SERVER['HTTP_HOST'] = '%(hostpoort)s';
$_SERVER['SERVER_NAME'] = '127.0.0.2';
$_SERVER['REQUEST_URI'] = '/';
require ABSPATH . 'wp-load.php';
switch_theme('%(thema)s');
echo get_stylesheet();
"""


@dataclass
class WordPress:
    url: str
    map: Path
    _php_env: dict

    def php(self, code: str, invoer: str = "") -> str:
        """Run a php-cli script with WordPress's ABSPATH set (our wp-config.php)."""
        script = self.map / f"script-{secrets.token_hex(4)}.php"
        script.write_text(code, encoding="utf-8")
        try:
            uit = subprocess.run(
                ["php", "-d", f"auto_prepend_file={self.map / 'voorwerk.php'}", str(script)],
                input=invoer, capture_output=True, text=True, env=self._php_env, timeout=120,
            )
        finally:
            script.unlink()
        if uit.returncode != 0:
            raise RuntimeError(f"php faalde ({uit.returncode}): {uit.stderr[-2000:]} {uit.stdout[-2000:]}")
        return uit.stdout

    def thema(self, naam: str) -> None:
        """Switch the active theme (one of THEMAS)."""
        hostpoort = self.url.split("//", 1)[1]
        uit = self.php(THEMA_WISSEL % {"hostpoort": hostpoort, "thema": naam})
        assert uit.strip() == naam, uit

    def berichten(self, berichten: list[dict]) -> list[dict]:
        """Create posts/pages: dicts with soort (post|page), titel, inhoud, auteur (login), rol."""
        hostpoort = self.url.split("//", 1)[1]
        return json.loads(self.php(BERICHTEN % {"hostpoort": hostpoort}, json.dumps(berichten)))


@contextlib.contextmanager
def wordpress(toegelaten_poort: int):
    """Start MariaDB and WordPress on 127.0.0.2; yield a WordPress; stop and clean up."""
    map_ = Path(tempfile.mkdtemp(prefix="igs-wp-"))
    db, php_server = None, None
    env = {**os.environ, "PATH": os.environ.get("PATH", "") + ":/usr/sbin"}
    try:
        # --- MariaDB on a socket in our folder ---
        socket_pad = map_ / "db.sock"
        logboek = map_ / "mariadb.log"
        subprocess.run(
            ["mariadb-install-db", "--no-defaults", f"--datadir={map_ / 'db'}", "--user=root",
             "--auth-root-authentication-method=normal", "--skip-test-db"],
            check=True, capture_output=True, env=env, timeout=300,
        )
        db = subprocess.Popen(
            ["mariadbd", "--no-defaults", f"--datadir={map_ / 'db'}", f"--socket={socket_pad}",
             "--skip-networking", "--skip-grant-tables", "--user=root", f"--pid-file={map_ / 'db.pid'}",
             f"--log-error={logboek}", "--skip-log-bin", "--innodb-buffer-pool-size=32M"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True,
        )

        def db_klaar() -> bool:
            if db.poll() is not None:
                raise RuntimeError("MariaDB stopte meteen:\n" + logboek.read_text(errors="replace")[-2000:])
            return subprocess.run(
                ["mariadb", "--no-defaults", f"--socket={socket_pad}", "-uroot", "-e",
                 "CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4"],
                capture_output=True, env=env,
            ).returncode == 0

        _wacht(db_klaar, 120, "MariaDB", logboek)

        # --- WordPress: Debian's files, our configuration and wp-content ---
        poort = vrije_poort(HOST)
        url = f"http://{HOST}:{poort}"
        wp = map_ / "wp"
        wp.mkdir()
        for item in WORDPRESS.iterdir():
            if item.name not in ("wp-config.php", "wp-content"):
                (wp / item.name).symlink_to(item)
        inhoud = wp / "wp-content"
        for sub in ("themes", "plugins", "mu-plugins", "uploads"):
            (inhoud / sub).mkdir(parents=True)
        for thema in THEMAS:
            (inhoud / "themes" / thema).symlink_to(WORDPRESS / "wp-content" / "themes" / thema)
        (inhoud / "mu-plugins" / "igs-test-oembed.php").write_text(
            MU_PLUGIN % {"poort": toegelaten_poort}, encoding="utf-8"
        )
        sleutels = "\n".join(
            f"define('{naam}', '{secrets.token_hex(32)}');"
            for naam in ("AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY",
                         "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT")
        )
        (wp / "wp-config.php").write_text(
            WP_CONFIG % {"socket": socket_pad, "url": url, "sleutels": sleutels}, encoding="utf-8"
        )
        # Debian's wp-load.php would otherwise find its own wp-config.php (next to the real files).
        (map_ / "voorwerk.php").write_text(f"<?php define('ABSPATH', '{wp}/');\n", encoding="utf-8")
        wordpress_ = WordPress(url=url, map=map_, _php_env=env)
        uit = json.loads(wordpress_.php(INSTALLEER % {"hostpoort": f"{HOST}:{poort}", "thema": THEMA}))
        assert uit["thema"] == THEMA, uit

        php_log = map_ / "php.log"
        php_server = subprocess.Popen(
            ["php", "-d", f"auto_prepend_file={map_ / 'voorwerk.php'}", "-S", f"{HOST}:{poort}", "-t", str(wp)],
            stdout=php_log.open("w"), stderr=subprocess.STDOUT, env={**env, "PHP_CLI_SERVER_WORKERS": "4"},
            start_new_session=True,
        )

        def php_klaar() -> bool:
            if php_server.poll() is not None:
                raise RuntimeError("php -S stopte meteen:\n" + php_log.read_text(errors="replace")[-2000:])
            with contextlib.suppress(OSError), socket.create_connection((HOST, poort), timeout=1):
                return True
            return False

        _wacht(php_klaar, 60, "php -S", php_log)
        yield wordpress_
    finally:
        _stop(php_server)
        _stop(db)
        shutil.rmtree(map_, ignore_errors=True)
