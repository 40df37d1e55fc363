#pragma once

#include "door/scanoutcome.h"

#include <QFrame>

class QLabel;

namespace mq::client {

// The answer to a scan, readable from two metres: the whole width of the window in green
// (admitted), red (refused) or amber (look closer), a large headline and one line of detail.
// Screen readers hear each answer: the banner's name and description follow its text, and an
// alert is raised on every change.
class ScanBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Tone { Ready, Admitted, Refused, Attention, Info };
    Q_ENUM(Tone)

    explicit ScanBanner(QWidget *parent = nullptr);

    void showOutcome(const ScanOutcome &outcome);
    void showReady(const QString &detail = {});
    void setMessage(Tone tone, const QString &headline, const QString &detail, const QString &note = {});

    Tone tone() const { return m_tone; }
    QString headline() const;
    QString detail() const;
    quint64 sequence() const { return m_sequence; }

    static Tone toneOf(ScanOutcome::Kind kind);
    // The headline and detail the banner shows for an outcome (also what is announced).
    static QString headlineOf(const ScanOutcome &outcome);
    static QString detailOf(const ScanOutcome &outcome);

private:
    void applyTone();

    Tone m_tone = Tone::Ready;
    quint64 m_sequence = 0;
    QLabel *m_symbol;
    QLabel *m_headline;
    QLabel *m_detail;
    QLabel *m_note;
};

} // namespace mq::client
