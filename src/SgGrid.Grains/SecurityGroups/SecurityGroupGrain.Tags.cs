using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Common;
using SgGrid.Grains.Errors;

namespace SgGrid.Grains.SecurityGroups;

/// <summary>The group's tags (TagResources / UntagResources), kept in its own state and shown in the tenant's directory.</summary>
public sealed partial class SecurityGroupGrain
{
    public async Task<MutationResult> ChangeTagsAsync(ResourceOwner caller, TagChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (!State.Exists || !SameTenant(caller))
        {
            return MutationResult.Failure(ResourceErrors.SecurityGroupNotFound());
        }

        if (TagEdits.TryApply(State.Tags, change, out var changed) is { } refused)
        {
            return MutationResult.Failure(refused);
        }

        if (changed)
        {
            await PersistAsync();
            await GrainFactory.GetAccountRegionDirectory(State.Owner!).UpdateAsync(Summary());
        }

        return MutationResult.Success(State.Version);
    }
}
