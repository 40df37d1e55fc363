#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;

// Simplified Chinese is our users' first language: every string the client shows must be
// translated. lupdate is run over today's sources first, so a new tr() without a translation
// fails here, not in front of a customer.
class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void chineseIsComplete();
    void englishHasRealPlurals();

private:
    struct Entry
    {
        QString context;
        QString source;
        QStringList translations;
        QString type;
    };
    static QList<Entry> read(const QString &path, QString *error);
};

QList<TestTranslations::Entry> TestTranslations::read(const QString &path, QString *error)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot open "_s + path;
        return entries;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name"_s) {
            context = xml.readElementText();
        } else if (name == u"message"_s) {
            current = Entry{context, {}, {}, {}};
        } else if (name == u"source"_s) {
            current.source = xml.readElementText();
        } else if (name == u"translation"_s) {
            current.type = xml.attributes().value(u"type"_s).toString();
            // Either plain text or <numerusform> children.
            QStringList forms;
            QString text;
            while (!(xml.isEndElement() && xml.name() == u"translation"_s) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"numerusform"_s)
                    forms << xml.readElementText();
                else if (xml.isCharacters())
                    text += xml.text();
            }
            current.translations = forms.isEmpty() ? QStringList{text.trimmed()} : forms;
            entries.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

void TestTranslations::chineseIsComplete()
{
    QTemporaryDir dir;
    const QString ts = dir.filePath(u"marquee_zh_CN.ts"_s);
    QVERIFY(QFile::copy(QStringLiteral(MARQUEE_SOURCE_DIR) + u"/translations/marquee_zh_CN.ts"_s, ts));
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(MARQUEE_LUPDATE),
                  {u"-no-obsolete"_s, u"-locations"_s, u"none"_s,
                   QStringLiteral(MARQUEE_SOURCE_DIR) + u"/client"_s, u"-ts"_s, ts});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    QString error;
    const QList<Entry> entries = read(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(entries.size() > 100, "the client shows more strings than that");
    // %1, %n and their localized forms %L1, %Ln ("1,224 seats").
    static const QRegularExpression placeholder(u"%L?(\\d|n)"_s);
    QStringList missing;
    for (const Entry &e : entries) {
        const bool empty = std::any_of(e.translations.cbegin(), e.translations.cend(),
                                       [](const QString &t) { return t.isEmpty(); });
        if (e.type == u"unfinished"_s || empty) {
            missing << e.context + u": "_s + e.source;
            continue;
        }
        // Every %1, %2, %n (and %L1, %Ln) of the source must survive translation.
        auto it = placeholder.globalMatch(e.source);
        while (it.hasNext()) {
            const QString token = it.next().captured(0);
            for (const QString &t : e.translations) {
                if (!t.contains(token))
                    missing << e.context + u": "_s + e.source + u" (lost "_s + token + u')';
            }
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"untranslated or broken:\n"_s + missing.join(u'\n')));
}

// English says "1 seat" and "2 seats", never "seat(s)": every %n string has both forms in
// marquee_en.ts, and no other string shows "(s)" at all.
void TestTranslations::englishHasRealPlurals()
{
    QTemporaryDir dir;
    const QString ts = dir.filePath(u"marquee_en.ts"_s);
    QVERIFY(QFile::copy(QStringLiteral(MARQUEE_SOURCE_DIR) + u"/translations/marquee_en.ts"_s, ts));
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(MARQUEE_LUPDATE),
                  {u"-no-obsolete"_s, u"-locations"_s, u"none"_s,
                   QStringLiteral(MARQUEE_SOURCE_DIR) + u"/client"_s, u"-ts"_s, ts});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    QString error;
    const QList<Entry> entries = read(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList wrong;
    for (const Entry &e : entries) {
        const bool plural = e.source.contains(u"%n"_s) || e.source.contains(u"%Ln"_s);
        if (!plural) {
            if (e.source.contains(u"(s)"_s))
                wrong << e.context + u": "_s + e.source + u" (say it without \"(s)\")"_s;
            continue;
        }
        const bool complete = e.type != u"unfinished"_s && e.translations.size() == 2 &&
                              !e.translations.first().isEmpty() && !e.translations.last().isEmpty();
        if (!complete || e.translations.join(u' ').contains(u"(s)"_s))
            wrong << e.context + u": "_s + e.source;
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(u"English plurals missing:\n"_s + wrong.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
