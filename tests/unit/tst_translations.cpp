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
    static const QRegularExpression placeholder(u"%(\\d|n)"_s);
    QStringList missing;
    for (const Entry &e : entries) {
        const bool empty = std::any_of(e.translations.cbegin(), e.translations.cend(),
                                       [](const QString &t) { return t.isEmpty(); });
        if (e.type == u"unfinished"_s || empty) {
            missing << e.context + u": "_s + e.source;
            continue;
        }
        // Every %1, %2, %n of the source must survive translation.
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

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
