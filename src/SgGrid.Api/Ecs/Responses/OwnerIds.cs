using System.Globalization;

namespace SgGrid.Api.Ecs.Responses;

/// <summary>Account ids as the VPC API answers them in <c>OwnerId</c>: JSON numbers.</summary>
public static class OwnerIds
{
    /// <summary>The account id as a number, or null (the field omitted) when a configured account id is not numeric.</summary>
    public static long? Of(string accountId) =>
        long.TryParse(accountId, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
