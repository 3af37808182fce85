// mf-sandbox as a service someone attacks: forged file names and log lines, and a storm of
// slow connections. Raw sockets, because a well-behaved HTTP client cannot send these.
#include "SandboxApi.h"
#include "SandboxProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>
#include <QtTest>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
// One request written as given (with Connection: close), everything read back until the
// server closes (or the timeout).
QByteArray rawExchange(quint16 port, const QByteArray &request, int timeoutMs = 10000)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(timeoutMs))
        return {};
    s.write(request);
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (s.state() == QAbstractSocket::ConnectedState && t.elapsed() < timeoutMs) {
        s.waitForReadyRead(100);
        out += s.readAll();
    }
    return out + s.readAll();
}

QByteArray headPart(const QByteArray &response)
{
    return response.left(response.indexOf("\r\n\r\n") + 2);
}

qint64 rssKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

int openSockets(qint64 pid)
{
    int n = 0;
    const QDir dir(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString &fd : dir.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        char target[64] = {};
        if (::readlink(QFile::encodeName(dir.filePath(fd)).constData(), target, sizeof target - 1) > 0
            && qstrncmp(target, "socket:", 7) == 0)
            ++n;
    }
    return n;
}

// A client of the storm: a non-blocking socket that sends `payload` as far as the kernel takes
// it, never reads unless asked, and notes when the server closes.
struct StormClient
{
    int fd = -1;
    QByteArray payload;
    qint64 sent = 0;
    QByteArray received;
    bool closedByServer = false;

    bool connectTo(quint16 port)
    {
        fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(port);
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        return fd >= 0 && (::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0 || errno == EINPROGRESS);
    }
    void pushSome()
    {
        while (fd >= 0 && sent < payload.size()) {
            const ssize_t n = ::send(fd, payload.constData() + sent, size_t(qMin<qint64>(payload.size() - sent, 65536)), MSG_NOSIGNAL);
            if (n <= 0)
                return; // full (EAGAIN) or refused (EPIPE/ECONNRESET): enough either way
            sent += n;
        }
    }
    void readSome()
    {
        char buf[4096];
        for (;;) {
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n > 0) {
                received.append(buf, int(n));
                continue;
            }
            if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK))
                closedByServer = true;
            return;
        }
    }
    ~StormClient()
    {
        if (fd >= 0)
            ::close(fd);
    }
};
}

class TestSandboxHardening : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void storageFileNameIsSigned();
    void requestLogCannotBeForged();
    void slowConnectionStormStaysBounded();
};

void TestSandboxHardening::storageFileNameIsSigned()
{
    SandboxProcess sb;
    QVERIFY2(sb.startWith({QStringLiteral("--storage-redirect")}), qPrintable(sb.errorString()));
    SandboxApi api(sb);
    const QString snap = api.get(QStringLiteral("/sites/acme-store/snapshots?environment=production&status=ready&limit=1"))
                             .json()[QLatin1String("data")][0][QLatin1String("id")].toString();
    QVERIFY(!snap.isEmpty());
    const ApiReply redirect = api.get(QStringLiteral("/sites/acme-store/snapshots/%1/download").arg(snap));
    QCOMPARE(redirect.status, 302);
    const QUrl location(QString::fromLatin1(redirect.header("Location")));
    const QByteArray query = location.query(QUrl::FullyEncoded).toLatin1();
    const QByteArray issuedPath = location.path(QUrl::FullyEncoded).toLatin1();
    const quint16 port = quint16(location.port());

    // The issued URL works, with the issued name.
    const QByteArray ok = rawExchange(port, "HEAD " + issuedPath + '?' + query + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QVERIFY2(ok.startsWith("HTTP/1.1 200"), ok.constData());
    const QByteArray disposition = "Content-Disposition: attachment; filename=\"acme-store-production-" + snap.toLatin1() + ".tar.gz\"\r\n";
    QVERIFY(headPart(ok).contains(disposition));

    // The file-name part, changed to carry CR/LF and a header of its own, is not served at all.
    const QByteArray forgedPath = "/archives/" + snap.toLatin1() + "/x.tar.gz%0D%0ASet-Cookie:%20session=stolen%0D%0AX-Injected:%201";
    const QByteArray forged = rawExchange(port, "GET " + forgedPath + '?' + query + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QVERIFY2(forged.startsWith("HTTP/1.1 403"), headPart(forged).constData());
    QVERIFY(!headPart(forged).contains("Set-Cookie"));
    QVERIFY(!headPart(forged).contains("X-Injected"));
    // Nor is a merely different name: the name is what the signature covers.
    const QByteArray renamed = rawExchange(port, "GET /archives/" + snap.toLatin1() + "/invoice.pdf?" + query
                                                     + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QVERIFY2(renamed.startsWith("HTTP/1.1 403"), headPart(renamed).constData());
}

void TestSandboxHardening::requestLogCannotBeForged()
{
    SandboxProcess sb;
    QVERIFY2(sb.startWith({QStringLiteral("--storage-redirect")}), qPrintable(sb.errorString()));
    const QByteArray forgedLine = "mf.sandbox: api GET /v1/sites/forged 200 1ms req_FORGED";
    QByteArray encoded = forgedLine;
    encoded.replace(' ', "%20");
    for (const QByteArray &target : QList<QByteArray>{"/v1/x%0A" + encoded, "/v1/x%0D%0A" + encoded, "/v1/x%1B%5B2K%0D" + encoded}) {
        const QByteArray answer = rawExchange(quint16(sb.apiUrl().port()), "GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 404"), answer.constData());
        rawExchange(quint16(sb.storageUrl().port()), "GET /archives/a/b%0A" + encoded + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    }
    QTest::qWait(300);
    const QByteArray log = sb.log();
    for (const QByteArray &line : log.split('\n')) {
        QVERIFY2(!line.trimmed().startsWith("mf.sandbox: api GET /v1/sites/forged"), line.constData());
        QVERIFY2(!line.contains("\x1b"), "an escape sequence reached the log");
        QVERIFY2(!line.contains('\r'), "a carriage return reached the log");
    }
    QVERIFY2(log.contains("/v1/x\\x0amf.sandbox:\\x20api"), log.right(2000).constData()); // still logged, escaped
}

void TestSandboxHardening::slowConnectionStormStaysBounded()
{
    constexpr int kMax = 64, kClients = 400;
    SandboxProcess sb;
    QVERIFY2(sb.startWith({QStringLiteral("--max-connections"), QString::number(kMax), QStringLiteral("--request-timeout"),
                           QStringLiteral("2"), QStringLiteral("--idle-timeout"), QStringLiteral("3")}),
             qPrintable(sb.errorString()));
    SandboxApi api(sb);
    QCOMPARE(api.get(QStringLiteral("/me")).status, 200);
    const quint16 port = quint16(sb.apiUrl().port());
    const qint64 baseline = rssKiB(sb.pid());
    QVERIFY(baseline > 0);

    // Three kinds of slow client: a body announced big and sent half, headers sent half, and
    // nothing at all. None ever completes its request.
    const QByteArray body(900 * 1024, 'x');
    std::vector<std::unique_ptr<StormClient>> clients;
    for (int i = 0; i < kClients; ++i) {
        if (i % 50 == 49)
            QTest::qWait(20); // in waves, so the kernel's accept queue never drops a SYN
        auto c = std::make_unique<StormClient>();
        switch (i % 3) {
        case 0: c->payload = "POST /v1/sites/acme-store/backups HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n" + body; break;
        case 1: c->payload = "GET /v1/me HTTP/1.1\r\nHost: x\r\nX-Slow: " + QByteArray(8000, 'a'); break;
        default: break;
        }
        QVERIFY(c->connectTo(port));
        clients.push_back(std::move(c));
    }
    int maxSockets = 0;
    qint64 maxRss = 0;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 1500) {
        for (auto &c : clients)
            c->pushSome();
        QTest::qWait(20);
        sb.log(); // keep the sandbox's stderr pipe drained
        maxSockets = qMax(maxSockets, openSockets(sb.pid()));
        maxRss = qMax(maxRss, rssKiB(sb.pid()));
    }
    qInfo() << "storm: baseline" << baseline << "KiB, peak" << maxRss << "KiB," << maxSockets << "sockets at most";
    // Held connections are capped (plus the listening socket and a few being refused).
    QVERIFY2(maxSockets <= kMax + 16, qPrintable(QString::number(maxSockets)));
    QVERIFY2(maxRss - baseline < 64 * 1024, qPrintable(QStringLiteral("%1 KiB more").arg(maxRss - baseline)));

    // The refused got a reason; every one of them is closed by the server within the
    // request timeout (2 s) plus the idle timeout (3 s) plus slack.
    int refused = 0, timedOut = 0, closed = 0;
    QElapsedTimer wait;
    wait.start();
    while (wait.elapsed() < 12000 && closed < kClients) {
        closed = 0;
        for (auto &c : clients) {
            if (!c->closedByServer)
                c->readSome();
            closed += c->closedByServer ? 1 : 0;
        }
        sb.log();
        QTest::qWait(100);
    }
    for (const auto &c : clients) {
        refused += c->received.startsWith("HTTP/1.1 503") ? 1 : 0;
        timedOut += c->received.startsWith("HTTP/1.1 408") ? 1 : 0;
    }
    qInfo() << "storm:" << refused << "refused (503)," << timedOut << "timed out (408)," << closed << "closed by the sandbox";
    QVERIFY2(refused >= kClients / 4, qPrintable(QString::number(refused)));
    QVERIFY(timedOut > 0);
    QCOMPARE(closed, kClients);

    // And it still serves, with its memory where it was.
    clients.clear();
    QCOMPARE(api.get(QStringLiteral("/me")).status, 200);
    const qint64 after = rssKiB(sb.pid());
    QVERIFY2(after - baseline < 64 * 1024, qPrintable(QStringLiteral("%1 KiB more after the storm").arg(after - baseline)));
}

QTEST_GUILESS_MAIN(TestSandboxHardening)
#include "tst_sandbox_hardening.moc"
