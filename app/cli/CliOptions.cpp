// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "CliOptions.h"

#include "ExitCodes.h"
#include "auth/KeyFile.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstdio>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace zc::cli {

namespace {

QByteArray takeEnvironment(const char *name)
{
    return qEnvironmentVariableIsSet(name) ? qgetenv(name) : QByteArray();
}

QString textEnvironment(const char *name)
{
    return qEnvironmentVariable(name).trimmed();
}

// The context of this file's messages, the same for lupdate and at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(zc::cli::CliOptions)
};

// ZSCALER_PRIVATE_KEY is neither PEM text nor a usable file: what was expected and, in general
// terms, what it holds. Never any part of the value: it may be the key itself.
QString keyValueProblem(const QString &value, KeyError fileError)
{
    const QString expected =
        Tr::tr("ZSCALER_PRIVATE_KEY must be the path of a PEM private key file, or the PEM text "
               "itself starting with \"-----BEGIN\".");
    if (QFileInfo::exists(value))
        return joinSentences(
            expected,
            Tr::tr("It names a file that cannot be used: %1").arg(keyErrorMessage(fileError)));
    const QString text = value.trimmed();
    QString found;
    static const QRegularExpression base64(u"^[A-Za-z0-9+/_=\\-\\s]+$"_s);
    if (text.startsWith(u'"') || text.startsWith(u'\''))
        found = Tr::tr("It holds text in quotes, which is not a readable file and not PEM text: "
                       "remove the quotes.");
    else if (text.startsWith(u'{'))
        found = Tr::tr("It holds JSON (a JWK?), which is not a readable file and not PEM text: "
                       "convert the key to PEM.");
    else if (text.size() >= 64 && base64.match(text).hasMatch())
        found = Tr::tr("It holds what looks like base64 text, which is not a readable file and not "
                       "PEM text: decode it to PEM first.");
    else
        found = Tr::tr("It holds something that is not a readable file and not PEM text.");
    return joinSentences(expected, found);
}

} // namespace

CommandParser::CommandParser(const QString &words, const QString &description, bool routes)
    : m_words(words)
    , m_profile(u"profile"_s, Tr::tr("Use the stored profile NAME instead of the environment."),
                u"NAME"_s)
    , m_format(u"format"_s,
               Tr::tr("Output format: json, csv or table (default: table on a terminal, else "
                      "json)."),
               u"FORMAT"_s)
    , m_caFile(u"ca-file"_s, Tr::tr("Also trust the PEM certificates in FILE."), u"FILE"_s)
    , m_proxy(u"proxy"_s,
              Tr::tr("Send requests through the proxy URL (http://[user:password@]host[:port]); "
                     "\"none\": no proxy; \"system\": the system's settings. Default: the "
                     "profile's proxy, else HTTPS_PROXY, HTTP_PROXY, ALL_PROXY and NO_PROXY, else "
                     "the system's."),
              u"URL"_s)
    , m_verbose(u"verbose"_s, Tr::tr("Print every request and wait on stderr."))
    , m_maxPages(u"max-pages"_s,
                 Tr::tr("Stop a list that goes on for more than N pages (default: 10000, ZCC 50)."),
                 u"N"_s)
    , m_maxRecords(u"max-records"_s,
                   Tr::tr("Stop a list that goes on for more than N records (default: 2000000)."),
                   u"N"_s)
    , m_help(QStringList{u"h"_s, u"help"_s}, Tr::tr("Show this help."))
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (routes)
        m_parser.setOptionsAfterPositionalArgumentsMode(
            QCommandLineParser::ParseAsPositionalArguments);
    m_parser.addOption(m_help);
    m_parser.addOption(m_profile);
    m_parser.addOption(m_format);
    m_parser.addOption(m_caFile);
    m_parser.addOption(m_proxy);
    m_parser.addOption(m_verbose);
    m_parser.addOption(m_maxPages);
    m_parser.addOption(m_maxRecords);
}

void CommandParser::addPositional(const QString &name, const QString &description,
                                  const QString &syntax)
{
    m_parser.addPositionalArgument(name, description,
                                   m_words.isEmpty() ? syntax : m_words + u' ' + syntax);
}

QString CommandParser::helpText() const
{
    // Qt's usage line names the program by its path and leaves out the command words of a
    // leaf ("zcc otp"): name the program plainly and put the words before the options.
    QString text = m_parser.helpText();
    const qsizetype lineEnd = text.indexOf(u'\n');
    const QString first = text.left(lineEnd);
    // "[options]" in the language of Qt's own catalogue (qtbase_de.qm says "[Optionen]"); the
    // context in a variable so that lupdate leaves Qt's message to Qt's translators.
    const char *const qtContext = "QCommandLineParser";
    const QString optionsWord = QCoreApplication::translate(qtContext, "[options]");
    const qsizetype options = first.indexOf(optionsWord);
    if (options < 0)
        return text;
    QString words = m_words;
    const QString after = first.mid(options + optionsWord.size());
    if (!words.isEmpty() && after.trimmed().startsWith(words))
        words.clear(); // a routing level's syntax already starts with its words
    const QString usage =
        QCoreApplication::translate("zc::cli::CliOptions", "Usage: %1")
            .arg(u"zconsole-cli "_s + (words.isEmpty() ? QString() : words + u' ') + optionsWord +
                 after);
    return usage + text.mid(lineEnd);
}

int CommandParser::usageError(const QString &message) const
{
    if (!message.isEmpty())
        writeErr(u"zconsole-cli: "_s + message);
    writeErr(helpText().trimmed());
    return UsageError;
}

std::optional<int> CommandParser::parse(const QStringList &args, GlobalOptions *globals)
{
    if (!m_parser.parse(args))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(m_help)) {
        writeOut(helpText().toUtf8());
        return Success;
    }
    if (m_parser.isSet(m_profile))
        globals->profile = m_parser.value(m_profile);
    if (m_parser.isSet(m_caFile))
        globals->caFile = m_parser.value(m_caFile);
    if (m_parser.isSet(m_proxy))
        globals->proxy = m_parser.value(m_proxy);
    if (m_parser.isSet(m_verbose))
        globals->verbose = true;
    for (const auto &[option, limit] :
         {std::pair{&m_maxPages, &globals->paging.maxPages}, {&m_maxRecords, nullptr}}) {
        if (!m_parser.isSet(*option))
            continue;
        bool ok = false;
        const qlonglong n = m_parser.value(*option).toLongLong(&ok);
        if (!ok || n < 1 || (limit && n > std::numeric_limits<int>::max()))
            return usageError(Tr::tr("--%1 needs a positive number.").arg(option->names().first()));
        if (limit)
            *limit = static_cast<int>(n);
        else
            globals->paging.maxRecords = n;
    }
    if (m_parser.isSet(m_format)) {
        OutputFormatter::Format format;
        if (!OutputFormatter::parseFormat(m_parser.value(m_format), &format))
            return usageError(Tr::tr("Unknown output format \"%1\": use json, csv or table.")
                                  .arg(m_parser.value(m_format)));
        globals->format = format;
    }
    return std::nullopt;
}

QByteArray keyPassphraseFromEnvironment()
{
    return takeEnvironment("ZSCALER_PRIVATE_KEY_PASSPHRASE");
}

QString keyProblemMessage(KeyError error)
{
    if (error == KeyError::PassphraseRequired || error == KeyError::WrongPassphrase)
        return joinSentences(
            keyErrorMessage(error),
            QCoreApplication::translate("zc::cli::CliOptions",
                                        "Set ZSCALER_PRIVATE_KEY_PASSPHRASE to the key's "
                                        "passphrase."));
    return keyErrorMessage(error == KeyError::None ? KeyError::NotPem : error);
}

std::optional<int> CommandParser::parseLeaf(const QStringList &args, GlobalOptions *globals)
{
    if (const auto done = parse(args, globals))
        return done;
    if (!positionalArguments().isEmpty())
        return usageError(Tr::tr("\"%1\" takes no arguments.").arg(m_words));
    return std::nullopt;
}

QString loadPrivateKey(const QByteArray &pem, PrivateKey *key)
{
    QByteArray passphrase = keyPassphraseFromEnvironment();
    KeyError error = KeyError::None;
    *key = PrivateKey::fromPem(pem, passphrase, &error);
    secureWipe(passphrase);
    if (error != KeyError::None || key->isNull())
        return keyProblemMessage(error);
    return {};
}

QString settingsFromEnvironment(ConnectionSettings *settings, Credentials *credentials)
{
    ConnectionSettings s;
    s.clientId = textEnvironment("ZSCALER_CLIENT_ID");
    if (const QString cloud = textEnvironment("ZSCALER_CLOUD");
        !cloud.isEmpty() && !parseCloud(cloud, &s.cloud)) {
        return Tr::tr("ZSCALER_CLOUD is \"%1\"; use production, beta, gov, govus or custom.")
            .arg(cloud);
    }
    s.vanityDomain = textEnvironment("ZSCALER_VANITY_DOMAIN");
    s.zpaCustomerId = textEnvironment("ZPA_CUSTOMER_ID");
    s.zpaMicrotenantId = textEnvironment("ZPA_MICROTENANT_ID");
    s.caFile = textEnvironment("ZSCALER_CA_FILE");
    const struct
    {
        const char *name;
        QUrl *target;
    } urls[] = {{"ZSCALER_TOKEN_URL", &s.tokenUrlOverride}, {"ZSCALER_API_URL", &s.apiUrlOverride}};
    for (const auto &entry : urls) {
        const QString text = textEnvironment(entry.name);
        if (text.isEmpty())
            continue;
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return Tr::tr("%1 is not a valid URL.").arg(QLatin1StringView(entry.name));
        *entry.target = url;
    }
    if (const QString problem = s.validationError(); !problem.isEmpty())
        return problem;

    Credentials c;
    const QString keyValue = qEnvironmentVariable("ZSCALER_PRIVATE_KEY");
    if (!keyValue.trimmed().isEmpty()) {
        s.authMethod = AuthMethod::PrivateKey;
        QByteArray pem;
        if (keyValue.trimmed().startsWith("-----BEGIN"_L1)) {
            pem = keyValue.toUtf8();
        } else {
            KeyFileContent file = KeyFileContent::read(keyValue);
            if (file.error != KeyError::None)
                return keyValueProblem(keyValue, file.error);
            if (file.readableByOthers)
                writeErr(u"zconsole-cli: "_s + KeyFileContent::readableByOthersWarning());
            pem = std::move(file.pem);
        }
        const QString problem = loadPrivateKey(pem, &c.privateKey);
        secureWipe(pem);
        if (!problem.isEmpty())
            return problem;
    } else {
        c.clientSecret = takeEnvironment("ZSCALER_CLIENT_SECRET");
        if (c.clientSecret.isEmpty())
            return Tr::tr("No credentials: set ZSCALER_CLIENT_SECRET, or ZSCALER_PRIVATE_KEY to a "
                          "PEM key file.");
        s.authMethod = AuthMethod::ClientSecret;
    }
    *settings = s;
    *credentials = std::move(c);
    return {};
}

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeErr(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

bool readInputFile(const QString &path, QByteArray *data, QString *error)
{
    const bool isStdin = path == "-"_L1;
    QFile file(isStdin ? QString() : path);
    const bool opened =
        isStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (opened)
        *data = file.readAll();
    if (!opened || file.error() != QFileDevice::NoError) {
        *error = Tr::tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace zc::cli
