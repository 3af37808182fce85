#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>

struct evp_md_ctx_st;

// Incremental SHA-256 over OpenSSL's EVP interface (hardware-accelerated where the CPU has it).
// Not thread-safe: one instance belongs to one thread at a time. Never throws (it runs on worker
// threads, where an exception would end the program): if OpenSSL fails, the digest is empty,
// which matches no expected checksum, so a download is refused rather than wrongly accepted.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void reset();
    void update(const char *data, qsizetype size);
    void update(const QByteArray &data) { update(data.constData(), data.size()); }
    // Lower-case hex digest, empty if OpenSSL failed; the instance is reset afterwards.
    QByteArray finalHex();

    // Hex digest of the first `length` bytes of a file (-1: all of it). Empty on a read error
    // (errorString says which). `cancel`, when given, stops early and returns empty.
    static QByteArray ofFile(const QString &path, qint64 length = -1, QString *errorString = nullptr,
                             const std::atomic_bool *cancel = nullptr);
    static QByteArray ofData(const QByteArray &data);
    static bool isHexDigest(const QByteArray &text); // 64 lower- or upper-case hex digits

private:
    evp_md_ctx_st *m_ctx;
    bool m_failed = false;
};
