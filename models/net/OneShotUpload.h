// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace zc {

// The body of a write request as a device that can be read once and never rewound. Qt's HTTP
// stack silently sends a request again when a kept-alive connection closes before any
// answer — fine for a GET, wrong for a POST that the server may already have applied. Qt only
// resends what it can rewind, so a write sent from this device (with
// QNetworkRequest::DoNotBufferUploadDataAttribute) fails with a network error instead, and
// the retry table decides, which never repeats a write blindly.
class OneShotUpload : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotUpload(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 size() const override { return m_data.size(); }
    qint64 bytesAvailable() const override;
    bool atEnd() const override { return m_offset >= m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace zc
