// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpLog.h"

#include <QFile>
#include <QObject>
#include <QString>

namespace zc {

// The log support asks for: the same redacted lines the activity panel shows (time, product,
// method, path without its query, status, duration, request id, waits), one per line, in a
// folder of the app's data location. stderr is lost when the app starts from a menu on
// Windows and macOS, so the file is the only trace a user can send. The file and its folder
// are readable by their owner only, and the log rotates: when the current file would grow
// past maxBytes() it becomes <name>.1 (the older ones move up, the oldest is dropped), so at
// most maxFiles() files of maxBytes() each are ever kept.
class DiagnosticLog : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kDefaultMaxBytes = 1024 * 1024;
    static constexpr int kDefaultMaxFiles = 5;

    // Logs into `folder` (created owner-only on the first line).
    explicit DiagnosticLog(const QString &folder, QObject *parent = nullptr);
    ~DiagnosticLog() override;

    // The folder the application logs into: "logs" in the app's local data location.
    static QString defaultFolder();
    // Creates a log folder readable by its owner only; false when that failed.
    static bool makeFolder(const QString &folder);
    // The line an entry becomes: nothing in ActivityEntry is secret, and the path never
    // carries a query string.
    static QString line(const ActivityEntry &entry);

    QString folder() const { return m_folder; }
    QString filePath() const;
    qint64 maxBytes() const { return m_maxBytes; }
    int maxFiles() const { return m_maxFiles; }
    void setLimits(qint64 maxBytes, int maxFiles);

    // The last failure to open or write the file, empty while all is well. A log that cannot
    // be written never stops the application.
    QString errorString() const { return m_error; }

public Q_SLOTS:
    void append(const zc::ActivityEntry &entry);

private:
    void write(const QString &text);
    bool open();
    void rotate();

    QString m_folder;
    QFile m_file;
    qint64 m_maxBytes = kDefaultMaxBytes;
    int m_maxFiles = kDefaultMaxFiles;
    QString m_error;
};

} // namespace zc
