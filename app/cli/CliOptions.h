// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "OutputFormatter.h"
#include "auth/Credentials.h"
#include "net/PagingGuard.h"
#include "oneapi/ConnectionSettings.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace zc::cli {

// Options accepted at every level of the command line, before or after the command words.
struct GlobalOptions
{
    QString profile;
    std::optional<OutputFormatter::Format> format; // unset: table on a terminal, else JSON
    QString caFile;
    std::optional<QString> proxy; // --proxy: a URL, "none"/"direct" or "system"
    bool verbose = false;
    PagingLimits paging; // --max-pages, --max-records: against lists that page forever
};

// One level of the command line ("zconsole-cli", "zconsole-cli zia", "... zia url-lookup"):
// a QCommandLineParser with the global options and --help added, which reports --help on
// stdout (exit 0) and mistakes on stderr with the usage (exit 2).
class CommandParser
{
public:
    // `words`: the command words of this level ("zia url-lookup"), empty at the top.
    // Levels that route to a sub-command stop parsing options at the first positional
    // argument, so that the next level sees the rest.
    CommandParser(const QString &words, const QString &description, bool routes);

    QCommandLineParser &parser() { return m_parser; }
    void addPositional(const QString &name, const QString &description, const QString &syntax);

    // Parses `args` (args[0] is the program name or the previous command word). Returns an
    // exit code when the run ends here (help shown, or a mistake reported), or nothing when
    // the caller should go on. Global options found here are merged into *globals.
    std::optional<int> parse(const QStringList &args, GlobalOptions *globals);
    // parse() for a command that takes options only: positional arguments are a mistake.
    std::optional<int> parseLeaf(const QStringList &args, GlobalOptions *globals);

    QStringList positionalArguments() const { return m_parser.positionalArguments(); }
    // Prints "<message>" and the usage to stderr; returns UsageError.
    int usageError(const QString &message) const;
    QString helpText() const;

private:
    QString m_words;
    QCommandLineParser m_parser;
    QCommandLineOption m_profile;
    QCommandLineOption m_format;
    QCommandLineOption m_caFile;
    QCommandLineOption m_proxy;
    QCommandLineOption m_verbose;
    QCommandLineOption m_maxPages;
    QCommandLineOption m_maxRecords;
    QCommandLineOption m_help;
};

// Reads the official SDKs' environment variables: ZSCALER_CLIENT_ID, ZSCALER_CLIENT_SECRET
// or ZSCALER_PRIVATE_KEY (a PEM file, or the PEM text itself) with the optional
// ZSCALER_PRIVATE_KEY_PASSPHRASE, ZSCALER_VANITY_DOMAIN, ZSCALER_CLOUD, ZPA_CUSTOMER_ID,
// ZPA_MICROTENANT_ID, ZSCALER_TOKEN_URL, ZSCALER_API_URL, ZSCALER_CA_FILE. When both a
// secret and a key are set, the key is used, as the SDKs do. Returns a translated sentence
// naming the first problem, or empty.
QString settingsFromEnvironment(ConnectionSettings *settings, Credentials *credentials);

// Loads a private key from PEM bytes with ZSCALER_PRIVATE_KEY_PASSPHRASE when set. Returns a
// translated sentence on failure (keyProblemMessage), or empty.
QString loadPrivateKey(const QByteArray &pem, PrivateKey *key);
// ZSCALER_PRIVATE_KEY_PASSPHRASE (empty when unset); the caller wipes it.
QByteArray keyPassphraseFromEnvironment();
// Why a key cannot be used, with the hint to set the passphrase variable when that is it.
QString keyProblemMessage(KeyError error);

// Reads a whole file, or standard input when `path` is "-". False with a translated sentence
// naming the file in *error.
bool readInputFile(const QString &path, QByteArray *data, QString *error);

// Writes UTF-8 text to stdout or stderr (a line break is added to stderr lines).
void writeOut(const QByteArray &bytes);
void writeErr(const QString &line);

} // namespace zc::cli
