using System.Collections.Immutable;
using SgGrid.Grains.Abstractions.PrefixLists;

namespace SgGrid.Grains.Tests.PrefixLists;

/// <summary>A stand-in for a security group: records the prefix-list changes it hears.</summary>
[Alias("sggrid.tests.IRecordingPrefixListUserGrain")]
public interface IRecordingPrefixListUserGrain : IPrefixListUserGrain
{
    [Alias("GetNotifications")]
    Task<ImmutableArray<PrefixListNotification>> GetNotificationsAsync();
}
