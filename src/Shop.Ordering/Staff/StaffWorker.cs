namespace Shop.Ordering.Staff;

/// <summary>How the staff screens name themselves in <see cref="Shop.Contracts.Telegram.TextInputClaimed"/>.</summary>
public static class StaffWorker
{
    public const string Name = "ordering-staff";
}
