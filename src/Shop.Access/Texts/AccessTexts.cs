using System.Globalization;
using Shop.Storefront;

namespace Shop.Access.Texts;

/// <summary>Every string the Access worker says to users and staff, in English and Russian; Telegram's language code picks one.</summary>
public sealed record AccessTexts
{
    public required string Pending { get; init; }
    public required string AlreadyPending { get; init; }
    public required string AlreadyAllowed { get; init; }
    public required string OpenShop { get; init; }
    public required string TooEarly { get; init; }
    public required string TooLong { get; init; }
    public required string Welcome { get; init; }
    public required string Rejected { get; init; }
    public required string RejectedReason { get; init; }
    public required string AppealFrom { get; init; }
    public required string Expired { get; init; }
    public required string Revoked { get; init; }
    public required string AlertTitle { get; init; }
    public required string AlertFrom { get; init; }
    public required string AlertMessage { get; init; }
    public required string AlertNoMessage { get; init; }
    public required string AlertAsked { get; init; }
    public required string AlertAppeal { get; init; }
    public required string StatusPending { get; init; }
    public required string StatusApproved { get; init; }
    public required string StatusRejected { get; init; }
    public required string StatusExpired { get; init; }
    public required string StatusRevoked { get; init; }
    public required string StatusReason { get; init; }
    public required string ApproveButton { get; init; }
    public required string RejectButton { get; init; }
    public required string NoReasonButton { get; init; }
    public required string AskReason { get; init; }
    public required string ReasonTooLong { get; init; }
    public required string RejectCancelled { get; init; }
    public required string StaffOnly { get; init; }
    public required string InvalidButton { get; init; }
    public required string AlreadyDecided { get; init; }
    public required string NotWaiting { get; init; }
    public required string DoneApproved { get; init; }
    public required string DoneRejected { get; init; }
    public required string DoneGranted { get; init; }
    public required string DoneRevoked { get; init; }
    public required string UserIdUsage { get; init; }
    public required string UnknownUser { get; init; }
    public required string NothingToRevoke { get; init; }
    public required string AlreadyHasAccess { get; init; }
    public required string ModeIs { get; init; }
    public required string ModeOpen { get; init; }
    public required string ModeApproval { get; init; }
    public required string ModeChanged { get; init; }
    public required string ModeUsage { get; init; }
    public required string RequestsTitle { get; init; }
    public required string NoRequests { get; init; }
    public required string RequestLine { get; init; }
    public required string BackButton { get; init; }
    public required string MoreButton { get; init; }
    public required string DateFormat { get; init; }
    public required CultureInfo Culture { get; init; }

    public static AccessTexts For(string? languageCode) => Languages.IsRussian(languageCode) ? Russian : English;

    public static readonly AccessTexts English = new()
    {
        Pending = "✉️ Your request was sent to the shop's owners. You will hear back in this chat.",
        AlreadyPending = "⏳ You already asked on {0}; your request is waiting for the owners. Nothing new was sent.",
        AlreadyAllowed = "✅ You already have access. Send /start to open the shop.",
        OpenShop = "✅ The shop is open to everyone: no need to ask. Send /start to open it.",
        TooEarly = "Your last request was declined. You can ask again from {0}.",
        TooLong = "Your message is {0} characters long; please keep it to {1}. Nothing was sent.",
        Welcome = "🎉 Welcome! You now have access to the shop. Send /start to open it.",
        Rejected = "😔 Your request for access was declined.",
        RejectedReason = "Reason: {0}",
        AppealFrom = "You can ask again from {0}.",
        Expired = "⌛ Nobody answered your request in time. You can ask again with /request.",
        Revoked = "🔒 Your access to the shop was withdrawn.",
        AlertTitle = "🔔 Access request",
        AlertFrom = "From: {0}{1} · id {2}",
        AlertMessage = "Message: {0}",
        AlertNoMessage = "No message.",
        AlertAsked = "Asked: {0}",
        AlertAppeal = "Appeal #{0} after a rejection.",
        StatusPending = "Status: waiting for a decision",
        StatusApproved = "Status: ✅ approved by {0} on {1}",
        StatusRejected = "Status: ❌ rejected by {0} on {1}",
        StatusExpired = "Status: ⌛ expired on {0}",
        StatusRevoked = "Status: access revoked by {0} on {1}",
        StatusReason = "Reason: {0}",
        ApproveButton = "✅ Approve",
        RejectButton = "❌ Reject",
        NoReasonButton = "No reason",
        AskReason = "Write why you reject the request of {0} (up to {1} characters), or press “No reason”. /cancel leaves it waiting.",
        ReasonTooLong = "That reason is too long; keep it to {0} characters, or press “No reason”.",
        RejectCancelled = "The request of {0} is still waiting for a decision.",
        StaffOnly = "Only the shop's owners can do that.",
        InvalidButton = "This button is not valid.",
        AlreadyDecided = "Already decided: {0} by {1}.",
        NotWaiting = "This request is no longer waiting for a decision.",
        DoneApproved = "Approved: {0} now has access.",
        DoneRejected = "Rejected: {0} was told.",
        DoneGranted = "Access granted to {0}.",
        DoneRevoked = "Access revoked from {0}.",
        UserIdUsage = "Usage: /{0} <user id>, e.g. /{0} 123456789",
        UnknownUser = "No user {0} has asked for or had access.",
        NothingToRevoke = "User {0} has no access to revoke.",
        AlreadyHasAccess = "User {0} already has access.",
        ModeIs = "Access mode: {0}.\nSwitch with /accessmode open or /accessmode approval.",
        ModeOpen = "open (everyone may shop)",
        ModeApproval = "approval required (only owners and approved users may shop)",
        ModeChanged = "Access mode is now {0}.",
        ModeUsage = "Usage: /accessmode, /accessmode open or /accessmode approval",
        RequestsTitle = "Access requests waiting ({0}):",
        NoRequests = "No access requests are waiting.",
        RequestLine = "• {0}{1} · id {2} · {3}",
        BackButton = "‹ Back",
        MoreButton = "More ›",
        DateFormat = "d MMM yyyy",
        Culture = CultureInfo.GetCultureInfo("en-GB"),
    };

    public static readonly AccessTexts Russian = new()
    {
        Pending = "✉️ Ваш запрос отправлен владельцам магазина. Ответ придёт в этот чат.",
        AlreadyPending = "⏳ Вы уже спрашивали {0}; запрос ждёт решения владельцев. Ничего нового не отправлено.",
        AlreadyAllowed = "✅ У вас уже есть доступ. Отправьте /start, чтобы открыть магазин.",
        OpenShop = "✅ Магазин открыт для всех, спрашивать не нужно. Отправьте /start, чтобы открыть его.",
        TooEarly = "Ваш прошлый запрос отклонён. Спросить снова можно с {0}.",
        TooLong = "В вашем сообщении {0} символов; пожалуйста, не больше {1}. Ничего не отправлено.",
        Welcome = "🎉 Добро пожаловать! Теперь у вас есть доступ к магазину. Отправьте /start, чтобы открыть его.",
        Rejected = "😔 Ваш запрос на доступ отклонён.",
        RejectedReason = "Причина: {0}",
        AppealFrom = "Спросить снова можно с {0}.",
        Expired = "⌛ На ваш запрос вовремя не ответили. Можно спросить снова: /request.",
        Revoked = "🔒 Ваш доступ к магазину отозван.",
        AlertTitle = "🔔 Запрос доступа",
        AlertFrom = "От: {0}{1} · id {2}",
        AlertMessage = "Сообщение: {0}",
        AlertNoMessage = "Без сообщения.",
        AlertAsked = "Запрос: {0}",
        AlertAppeal = "Повторный запрос №{0} после отказа.",
        StatusPending = "Статус: ждёт решения",
        StatusApproved = "Статус: ✅ одобрил(а) {0}, {1}",
        StatusRejected = "Статус: ❌ отклонил(а) {0}, {1}",
        StatusExpired = "Статус: ⌛ истёк {0}",
        StatusRevoked = "Статус: доступ отозвал(а) {0}, {1}",
        StatusReason = "Причина: {0}",
        ApproveButton = "✅ Одобрить",
        RejectButton = "❌ Отклонить",
        NoReasonButton = "Без причины",
        AskReason = "Напишите, почему вы отклоняете запрос {0} (до {1} символов), или нажмите «Без причины». /cancel — оставить запрос ждать.",
        ReasonTooLong = "Причина слишком длинная; не больше {0} символов, или нажмите «Без причины».",
        RejectCancelled = "Запрос {0} всё ещё ждёт решения.",
        StaffOnly = "Это могут только владельцы магазина.",
        InvalidButton = "Эта кнопка недействительна.",
        AlreadyDecided = "Уже решено: {0}, {1}.",
        NotWaiting = "Этот запрос больше не ждёт решения.",
        DoneApproved = "Одобрено: у {0} теперь есть доступ.",
        DoneRejected = "Отклонено: {0} получил(а) ответ.",
        DoneGranted = "Доступ выдан: {0}.",
        DoneRevoked = "Доступ отозван: {0}.",
        UserIdUsage = "Использование: /{0} <id пользователя>, например /{0} 123456789",
        UnknownUser = "Пользователь {0} не запрашивал доступ и не имел его.",
        NothingToRevoke = "У пользователя {0} нет доступа, который можно отозвать.",
        AlreadyHasAccess = "У пользователя {0} уже есть доступ.",
        ModeIs = "Режим доступа: {0}.\nПереключить: /accessmode open или /accessmode approval.",
        ModeOpen = "открытый (покупать может каждый)",
        ModeApproval = "по одобрению (покупают только владельцы и одобренные пользователи)",
        ModeChanged = "Режим доступа теперь: {0}.",
        ModeUsage = "Использование: /accessmode, /accessmode open или /accessmode approval",
        RequestsTitle = "Запросы доступа ждут решения ({0}):",
        NoRequests = "Запросов доступа нет.",
        RequestLine = "• {0}{1} · id {2} · {3}",
        BackButton = "‹ Назад",
        MoreButton = "Ещё ›",
        DateFormat = "d MMM yyyy",
        Culture = CultureInfo.GetCultureInfo("ru-RU"),
    };
}
