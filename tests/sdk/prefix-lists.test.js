'use strict';
// Prefix lists through @alicloud/ecs20140526: CreatePrefixList, ModifyPrefixList, DescribePrefixLists,
// DescribePrefixListAttributes and DeletePrefixList, with the errors the SDK must see as ClientErrors.
// (The in-use refusal, NotAllowed.AssociationExist, needs a rule that references the list: it is covered by the C# HTTP
// tests, which can make a group use a list directly.)
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { Ecs, modes, regionId, ecs, call, rejects, unique } = require('./support/sdk');

const entry = (cidr, description) => new Ecs.CreatePrefixListRequestEntry({ cidr, description });
const addEntry = (cidr, description) => new Ecs.ModifyPrefixListRequestAddEntry({ cidr, description });
const removeEntry = (cidr) => new Ecs.ModifyPrefixListRequestRemoveEntry({ cidr });

async function create(client, fields = {}) {
  const body = await call(client, Ecs.CreatePrefixListRequest, { regionId, prefixListName: 'offices', addressFamily: 'IPv4', maxEntries: 10, ...fields });
  assert.match(body.prefixListId, /^pl-[a-z0-9]{20}$/);
  return body.prefixListId;
}

const attributes = (client, prefixListId) => call(client, Ecs.DescribePrefixListAttributesRequest, { regionId, prefixListId });

const entries = (body) => body.entries.entry.map((e) => [e.cidr, e.description]);

for (const mode of modes) {
  describe(`prefix lists (${mode.name})`, () => {
    const alice = ecs('alice', mode);
    const bob = ecs('bob', mode);

    it('CreatePrefixList, then DescribePrefixListAttributes answers every field, entries canonical and sorted', async () => {
      const id = await create(alice, {
        description: 'office blocks',
        entry: [entry('192.168.1.0/24', 'hangzhou'), entry('10.0.0.7', 'bastion'), entry('172.16.5.9/16')],
      });
      const body = await attributes(alice, id);
      assert.equal(body.prefixListId, id);
      assert.equal(body.prefixListName, 'offices');
      assert.equal(body.description, 'office blocks');
      assert.equal(body.addressFamily, 'IPv4');
      assert.equal(body.maxEntries, 10);
      assert.match(body.creationTime, /^\d{4}-\d\d-\d\dT\d\d:\d\dZ$/);
      assert.deepEqual(entries(body), [['10.0.0.7/32', 'bastion'], ['172.16.0.0/16', ''], ['192.168.1.0/24', 'hangzhou']]);
    });

    it('CreatePrefixList for IPv6 lowercases and compresses blocks; a ClientToken repeats the answer', async () => {
      const token = unique('t');
      const id = await create(alice, { addressFamily: 'IPv6', entry: [entry('2001:0DB8:0000:0000:0000:0000:0000:0000/32')], clientToken: token });
      assert.equal(await create(alice, { addressFamily: 'IPv6', entry: [entry('2001:0DB8:0000:0000:0000:0000:0000:0000/32')], clientToken: token }), id);
      const body = await attributes(alice, id);
      assert.equal(body.addressFamily, 'IPv6');
      assert.deepEqual(entries(body), [['2001:db8::/32', '']]);
    });

    it('CreatePrefixList refuses bad parameters with their codes', async () => {
      const bad = (fields) => alice.createPrefixList(new Ecs.CreatePrefixListRequest({ regionId, prefixListName: 'offices', addressFamily: 'IPv4', maxEntries: 10, ...fields }));
      await rejects(bad({ prefixListName: undefined }), 'MissingPrefixListName', 400);
      await rejects(bad({ prefixListName: '1digit' }), 'InvalidPrefixListName.Malformed', 400);
      await rejects(bad({ prefixListName: 'com.aliyun.mine' }), 'InvalidPrefixListName.Malformed', 400);
      await rejects(bad({ addressFamily: undefined }), 'MissingAddressFamily', 400);
      await rejects(bad({ addressFamily: 'IPv5' }), 'InvalidAddressFamily.Malformed', 400);
      await rejects(bad({ maxEntries: undefined }), 'MissingMaxEntries', 400);
      await rejects(bad({ maxEntries: 201 }), 'InvalidMaxEntries.Malformed', 400);
      await rejects(bad({ description: 'x' }), 'InvalidDescription.Malformed', 400);
      await rejects(bad({ entry: [entry('10.0.0.0/33')] }), 'InvalidEntry.Cidr.Malformed', 400);
      await rejects(bad({ entry: [entry('10.0.0.0/8', 'x')] }), 'InvalidEntry.Description.Malformed', 400);
      await rejects(bad({ entry: [entry(undefined, 'no block')] }), 'MissingEntry.Cidr', 400);
      await rejects(bad({ entry: [entry('2001:db8::/32')] }), 'InvalidParam.AddressFamilyMismatch', 400);
      await rejects(bad({ entry: [entry('10.0.0.0/8'), entry('10.0.0.0/8')] }), 'InvalidParam.DuplicateEntry', 400);
      await rejects(bad({ maxEntries: 1, entry: [entry('10.0.0.0/8'), entry('11.0.0.0/8')] }), 'QuotaExceed.PrefixListEntry', 400);
      await rejects(bad({ regionId: undefined }), 'MissingRegionId', 400);
    });

    it('ModifyPrefixList renames, re-describes, adds and removes entries', async () => {
      const id = await create(alice, { entry: [entry('10.0.0.0/8', 'old'), entry('11.0.0.0/8')] });
      await call(alice, Ecs.ModifyPrefixListRequest, {
        regionId, prefixListId: id, prefixListName: 'renamed', description: 'new text',
        addEntry: [addEntry('12.0.0.0/8', 'added'), addEntry('10.0.0.0/8', 'redescribed')],
        removeEntry: [removeEntry('11.0.0.0/8')],
      });
      const body = await attributes(alice, id);
      assert.equal(body.prefixListName, 'renamed');
      assert.equal(body.description, 'new text');
      assert.deepEqual(entries(body), [['10.0.0.0/8', 'redescribed'], ['12.0.0.0/8', 'added']]);
    });

    it('ModifyPrefixList refuses bad changes and changes nothing', async () => {
      const id = await create(alice, { maxEntries: 2, entry: [entry('10.0.0.0/8')] });
      const modify = (fields) => alice.modifyPrefixList(new Ecs.ModifyPrefixListRequest({ regionId, prefixListId: id, ...fields }));
      await rejects(modify({ removeEntry: [removeEntry('13.0.0.0/8')] }), 'InvalidPrefixListEntry.NotFound', 400);
      await rejects(modify({ addEntry: [addEntry('10.0.0.0/8')], removeEntry: [removeEntry('10.0.0.0/8')] }), 'InvalidParam.DuplicateEntry', 400);
      await rejects(modify({ addEntry: [addEntry('11.0.0.0/8'), addEntry('12.0.0.0/8')] }), 'QuotaExceed.PrefixListEntry', 400);
      await rejects(modify({ addEntry: [addEntry('2001:db8::/32')] }), 'InvalidParam.AddressFamilyMismatch', 400);
      await rejects(modify({ addEntry: [addEntry('nonsense')] }), 'InvalidAddEntry.Cidr.Malformed', 400);
      await rejects(modify({ prefixListName: '-bad' }), 'InvalidPrefixListName.Malformed', 400);
      await rejects(bob.modifyPrefixList(new Ecs.ModifyPrefixListRequest({ regionId, prefixListId: id, removeEntry: [removeEntry('10.0.0.0/8')] })), 'InvalidPrefixListId.NotFound', 404);
      await rejects(alice.modifyPrefixList(new Ecs.ModifyPrefixListRequest({ regionId, prefixListId: 'pl-doesnotexist000000000' })), 'InvalidPrefixListId.NotFound', 404);
      assert.deepEqual(entries(await attributes(alice, id)), [['10.0.0.0/8', '']]);
    });

    it('DescribePrefixLists answers every field of a list', async () => {
      const id = await create(alice, {
        description: 'office blocks', resourceGroupId: 'rg-sdktest', entry: [entry('10.0.0.0/8')],
        tag: [new Ecs.CreatePrefixListRequestTag({ key: 'env', value: 'prod' })],
      });
      const body = await call(alice, Ecs.DescribePrefixListsRequest, { regionId, prefixListId: [id] });
      assert.equal(body.nextToken, undefined);
      assert.equal(body.prefixLists.prefixList.length, 1);
      const list = body.prefixLists.prefixList[0];
      assert.equal(list.prefixListId, id);
      assert.equal(list.prefixListName, 'offices');
      assert.equal(list.description, 'office blocks');
      assert.equal(list.addressFamily, 'IPv4');
      assert.equal(list.maxEntries, 10);
      assert.equal(list.associationCount, 0);
      assert.match(list.creationTime, /^\d{4}-\d\d-\d\dT\d\d:\d\dZ$/);
      assert.equal(list.resourceGroupId, 'rg-sdktest');
      assert.equal(list.tags.tag.length, 1);
      assert.equal(list.tags.tag[0].tagKey, 'env');
      assert.equal(list.tags.tag[0].tagValue, 'prod');
    });

    it('DescribePrefixLists filters by family, name, resource group, tag and id, and pages with tokens', async () => {
      const marker = unique('m').replace(/-/g, '');
      const tagged = { tag: [new Ecs.CreatePrefixListRequestTag({ key: 'marker', value: marker })] };
      const v4 = await create(alice, { prefixListName: `v4${marker}`, ...tagged });
      const v6 = await create(alice, { prefixListName: `v6${marker}`, addressFamily: 'IPv6', resourceGroupId: `rg-${marker}`, ...tagged });
      const third = await create(alice, tagged);
      const tag = [new Ecs.DescribePrefixListsRequestTag({ key: 'marker', value: marker })];
      const list = async (fields) => (await call(alice, Ecs.DescribePrefixListsRequest, { regionId, tag, ...fields })).prefixLists.prefixList.map((l) => l.prefixListId);
      assert.deepEqual(await list({}), [v4, v6, third].sort().reverse());
      assert.deepEqual(await list({ addressFamily: 'IPv6' }), [v6]);
      assert.deepEqual(await list({ prefixListName: `v4${marker}` }), [v4]);
      assert.deepEqual(await list({ resourceGroupId: `rg-${marker}` }), [v6]);
      assert.deepEqual(await list({ prefixListId: [v4, 'pl-doesnotexist000000000'] }), [v4]);
      const first = await call(alice, Ecs.DescribePrefixListsRequest, { regionId, tag, maxResults: 2 });
      assert.equal(first.prefixLists.prefixList.length, 2);
      assert.ok(first.nextToken);
      const second = await call(alice, Ecs.DescribePrefixListsRequest, { regionId, tag, maxResults: 2, nextToken: first.nextToken });
      assert.equal(second.nextToken, undefined);
      assert.deepEqual([...first.prefixLists.prefixList, ...second.prefixLists.prefixList].map((l) => l.prefixListId), [v4, v6, third].sort().reverse());
      await rejects(alice.describePrefixLists(new Ecs.DescribePrefixListsRequest({ regionId, maxResults: 101 })), 'InvalidMaxResults.Malformed', 400);
      await rejects(alice.describePrefixLists(new Ecs.DescribePrefixListsRequest({ regionId, addressFamily: 'IPX' })), 'InvalidAddressFamily.Malformed', 400);
    });

    it('another tenant sees nothing of a list and cannot touch it', async () => {
      const id = await create(alice);
      assert.deepEqual((await call(bob, Ecs.DescribePrefixListsRequest, { regionId, prefixListId: [id] })).prefixLists.prefixList, []);
      await rejects(bob.describePrefixListAttributes(new Ecs.DescribePrefixListAttributesRequest({ regionId, prefixListId: id })), 'InvalidPrefixListId.NotFound', 404);
      await rejects(bob.deletePrefixList(new Ecs.DeletePrefixListRequest({ regionId, prefixListId: id })), 'InvalidPrefixListId.NotFound', 404);
      assert.equal((await attributes(alice, id)).prefixListId, id);
    });

    it('DeletePrefixList deletes; then the list is InvalidPrefixListId.NotFound', async () => {
      const id = await create(alice);
      await call(alice, Ecs.DeletePrefixListRequest, { regionId, prefixListId: id });
      await rejects(alice.describePrefixListAttributes(new Ecs.DescribePrefixListAttributesRequest({ regionId, prefixListId: id })), 'InvalidPrefixListId.NotFound', 404);
      await rejects(alice.deletePrefixList(new Ecs.DeletePrefixListRequest({ regionId, prefixListId: id })), 'InvalidPrefixListId.NotFound', 404);
      await rejects(alice.deletePrefixList(new Ecs.DeletePrefixListRequest({ regionId })), 'MissingPrefixListId', 400);
      assert.deepEqual((await call(alice, Ecs.DescribePrefixListsRequest, { regionId, prefixListId: [id] })).prefixLists.prefixList, []);
    });
  });
}
