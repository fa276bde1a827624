namespace Shop.Access.Staff;

/// <summary>How the access screens name themselves in <see cref="Shop.Contracts.Telegram.TextInputClaimed"/>.</summary>
public static class StaffWorker
{
    public const string Name = "access-staff";
}
