#include "door/scanbanner.h"

#include "core/displayformat.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mq::client {

ScanBanner::ScanBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"scanBannerFrame"_s);
    setAccessibleName(tr("Scan result"));
    setMinimumHeight(150);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(32, 16, 32, 16);
    layout->setSpacing(28);

    m_symbol = new QLabel(this);
    m_symbol->setObjectName(u"scanBannerSymbolLabel"_s);
    m_symbol->setAlignment(Qt::AlignCenter);
    m_symbol->setFixedWidth(110);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(6);
    m_headline = new QLabel(this);
    m_headline->setObjectName(u"scanBannerHeadlineLabel"_s);
    m_headline->setWordWrap(true);
    m_detail = new QLabel(this);
    m_detail->setObjectName(u"scanBannerDetailLabel"_s);
    m_detail->setWordWrap(true);
    m_note = new QLabel(this);
    m_note->setObjectName(u"scanBannerNoteLabel"_s);
    m_note->setWordWrap(true);
    texts->addStretch(1);
    texts->addWidget(m_headline);
    texts->addWidget(m_detail);
    texts->addWidget(m_note);
    texts->addStretch(1);

    layout->addWidget(m_symbol);
    layout->addLayout(texts, 1);
    showReady();
}

QString ScanBanner::headline() const
{
    return m_headline->text();
}

QString ScanBanner::detail() const
{
    return m_detail->text();
}

ScanBanner::Tone ScanBanner::toneOf(ScanOutcome::Kind kind)
{
    switch (kind) {
    case ScanOutcome::Kind::Admitted:
        return Tone::Admitted;
    case ScanOutcome::Kind::AlreadyAdmitted:
    case ScanOutcome::Kind::WrongShow:
    case ScanOutcome::Kind::Cancelled:
    case ScanOutcome::Kind::Unknown:
        return Tone::Refused;
    case ScanOutcome::Kind::NeedsQr:
    case ScanOutcome::Kind::NoKit:
    case ScanOutcome::Kind::Failed:
    case ScanOutcome::Kind::NotUndone:
        return Tone::Attention;
    case ScanOutcome::Kind::Undone:
        return Tone::Info;
    }
    return Tone::Attention;
}

QString ScanBanner::headlineOf(const ScanOutcome &o)
{
    switch (o.kind) {
    case ScanOutcome::Kind::Admitted:
        return tr("Admitted");
    case ScanOutcome::Kind::AlreadyAdmitted: {
        const QString time = o.admittedAt.isValid() ? ScanOutcome::venueTime(o.admittedAt, o.timeZone) : QString();
        if (o.gate.isEmpty())
            return time.isEmpty() ? tr("Already admitted") : tr("Already admitted at %1").arg(time);
        return time.isEmpty() ? tr("Already admitted at %1").arg(o.gate)
                              : tr("Already admitted at %1, %2").arg(o.gate, time);
    }
    case ScanOutcome::Kind::WrongShow:
        return tr("Wrong show");
    case ScanOutcome::Kind::Cancelled:
        return tr("Cancelled");
    case ScanOutcome::Kind::Unknown:
        return tr("Unknown ticket");
    case ScanOutcome::Kind::NeedsQr:
        return tr("Scan the QR code");
    case ScanOutcome::Kind::NoKit:
        return tr("Cannot check offline");
    case ScanOutcome::Kind::Failed:
        return tr("Not checked");
    case ScanOutcome::Kind::Undone:
        return tr("Scan undone");
    case ScanOutcome::Kind::NotUndone:
        return tr("Not undone");
    }
    return {};
}

QString ScanBanner::detailOf(const ScanOutcome &o)
{
    const QString code = o.ticketCode.isEmpty() ? o.scanned.left(40) : o.ticketCode;
    switch (o.kind) {
    case ScanOutcome::Kind::Admitted: {
        QStringList parts;
        if (!o.ticketTypeName.isEmpty())
            parts << o.ticketTypeName;
        if (!o.seat.isEmpty())
            parts << o.seat;
        if (parts.isEmpty())
            parts << tr("Ticket %1").arg(code);
        return parts.join(u" · "_s);
    }
    case ScanOutcome::Kind::AlreadyAdmitted:
        return tr("Ticket %1 was let in before. Do not admit again.").arg(code);
    case ScanOutcome::Kind::WrongShow:
        return o.message.isEmpty() ? tr("This ticket is for another performance.")
                                   : tr("This ticket is for %1").arg(o.message);
    case ScanOutcome::Kind::Cancelled:
        return tr("Ticket %1 was refunded. Do not admit.").arg(code);
    case ScanOutcome::Kind::Unknown:
        return tr("No ticket has this code. Check the ticket or type its code.");
    case ScanOutcome::Kind::NeedsQr:
        return tr("Offline, only the QR code can be checked, not a typed code.");
    case ScanOutcome::Kind::NoKit:
        return tr("The list for this show was not downloaded before the connection was lost.");
    case ScanOutcome::Kind::Failed:
    case ScanOutcome::Kind::NotUndone:
        return o.message;
    case ScanOutcome::Kind::Undone:
        return tr("Ticket %1 can be scanned again.").arg(code);
    }
    return {};
}

void ScanBanner::showOutcome(const ScanOutcome &outcome)
{
    m_sequence = outcome.sequence;
    QString note;
    if (outcome.offline && outcome.kind == ScanOutcome::Kind::Admitted)
        note = tr("Offline: signature checked, the scan is uploaded when the connection returns.");
    else if (outcome.offline && outcome.kind == ScanOutcome::Kind::AlreadyAdmitted)
        note = tr("Offline: from the downloaded list and this gate's scans.");
    setMessage(toneOf(outcome.kind), headlineOf(outcome), detailOf(outcome), note);
}

void ScanBanner::showReady(const QString &detail)
{
    setMessage(Tone::Ready, tr("Ready to scan"),
         detail.isEmpty() ? tr("Hold the ticket's QR code under the scanner.") : detail);
}

void ScanBanner::setMessage(Tone tone, const QString &headline, const QString &detail, const QString &note)
{
    m_tone = tone;
    m_headline->setText(headline);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    applyTone();
    // Said as well as shown: a screen reader user at the door hears every answer.
    setAccessibleName(headline);
    setAccessibleDescription(note.isEmpty() ? detail : detail + u' ' + note);
    QAccessibleEvent nameChanged(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameChanged);
    if (tone != Tone::Ready) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void ScanBanner::applyTone()
{
    QString background;
    QString foreground = u"#ffffff"_s;
    QString symbol;
    switch (m_tone) {
    case Tone::Ready:
        background = u"#eef2f7"_s;
        foreground = u"#27364a"_s;
        symbol = u"⌁"_s;
        break;
    case Tone::Admitted:
        background = u"#1b873f"_s;
        symbol = u"✓"_s;
        break;
    case Tone::Refused:
        background = u"#c62828"_s;
        symbol = u"✕"_s;
        break;
    case Tone::Attention:
        background = u"#f2a900"_s;
        foreground = u"#1f1a0e"_s;
        symbol = u"!"_s;
        break;
    case Tone::Info:
        background = u"#2f5fa7"_s;
        symbol = u"↺"_s;
        break;
    }
    m_symbol->setText(symbol);
    // Sizes here, not with setFont: the application's style sheet sets every widget's font size.
    setStyleSheet(u"QFrame#scanBannerFrame { background: %1; border-radius: 14px; }"
                  "QFrame#scanBannerFrame QLabel { color: %2; background: transparent; }"
                  "QLabel#scanBannerSymbolLabel { font-size: 80px; font-weight: 700; }"
                  "QLabel#scanBannerHeadlineLabel { font-size: 46px; font-weight: 700; }"
                  "QLabel#scanBannerDetailLabel { font-size: 26px; font-weight: 600; }"
                  "QLabel#scanBannerNoteLabel { font-size: 16px; }"_s
                      .arg(background, foreground));
    setProperty("tone", QVariant::fromValue(m_tone));
}

} // namespace mq::client
