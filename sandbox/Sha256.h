#pragma once

#include <QByteArray>
#include <QString>

struct evp_md_ctx_st;

namespace sandbox {

// Incremental SHA-256 through OpenSSL's EVP interface (hardware-accelerated where the CPU
// allows; archives can be gigabytes).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(const char *data, qint64 size);
    void add(const QByteArray &data) { add(data.constData(), data.size()); }
    QByteArray hexDigest(); // lower-case hex; finishes the hash

    static QByteArray hex(const QByteArray &data);
    // Hash of a whole file, read in chunks; empty on a read error.
    static QByteArray fileHex(const QString &path, QString *error = nullptr);

private:
    evp_md_ctx_st *m_ctx;
};

} // namespace sandbox
